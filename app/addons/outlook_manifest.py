"""The Outlook add-in's two manifests, rendered for one deployment (base URL + Entra client id).

- `manifest.json`, the unified manifest (schema 1.30): Outlook on the web, new Outlook on Windows
  and classic Outlook on Windows 2304 (Build 16320)+ with Microsoft 365. Zipped with `color.png`
  and `outline.png` to sideload.
- `manifest.xml`, the add-in only manifest: Outlook on Mac, older and perpetual Windows builds.
Both open the task pane `{base}/outlook/taskpane.html` from a button on the compose ribbon, need
Mailbox 1.3 (`body.setAsync`) and read/write access to the item being composed, and declare the
API app (`webApplicationInfo`) whose `access_as_user` scope the task pane asks tokens for.

The add-in ids are derived from the base URL (uuid5): rendering twice gives the same ids, so an
update replaces the installed add-in, while staging and production get different ids and can be
installed side by side. The two manifests are two add-ins to Microsoft and need two ids: one
tenant may deploy both (XML for Mac and older Windows, unified for the rest), and the unified one
names the XML one in `extensions[].alternates[].hide.customOfficeAddin` so Outlook shows one
button, not two.

Pure: no I/O. The XML is a template whose every variable value is validated and escaped, because
`xml.etree` cannot write the nested default namespaces (`xsi:type` values resolve against them).
"""

from __future__ import annotations

import json
import re
import uuid
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit
from xml.sax.saxutils import escape

from app import __version__
from app.addons.outlook_icons import ACCENT

SCHEMA_URL = "https://developer.microsoft.com/json-schemas/teams/v1.30/MicrosoftTeams.schema.json"
MANIFEST_VERSION = "1.30"
MAILBOX_MIN_VERSION = "1.3"
TASKPANE_PATH = "/outlook/taskpane.html"
ASSETS_PATH = "/outlook/assets"
# The ribbon needs 16/32/80; the XML's IconUrl / HighResolutionIconUrl are 64 and 128.
RIBBON_ICON_SIZES = (16, 32, 80)

NAME = "RightNote"
FULL_NAME = "RightNote: the right note after an interview"
SHORT_DESCRIPTION = "Write the right note after a job interview, right where you compose."
FULL_DESCRIPTION = (
    "RightNote helps you send the right note, to the right person, at the right time (or none "
    "at all) after a job interview. Open it while composing: it suggests a note for the "
    "interviewer you are writing to, checks its voice, and inserts it into your message."
)
GROUP_LABEL = "RightNote"
BUTTON_LABEL = "Write the right note"
BUTTON_TIP = "Draft a post-interview note for this message, check it, and insert it."

# Fixed forever: changing either would give every deployment a new add-in id. The XML manifest
# keeps the original namespace (the id already installed); the unified one has its own.
_MANIFEST_NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "https://rightnote/outlook-addin")
_UNIFIED_NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "https://rightnote/outlook-addin/unified")
SUPPORT_PATH = "/support"
_GUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", re.IGNORECASE)
_LABEL = r"[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?"
_HOST = re.compile(rf"(?=.{{1,253}}\Z){_LABEL}(\.{_LABEL})*")
_PATH = re.compile(r"(/[A-Za-z0-9._~-]+)*")


class ManifestInputError(ValueError):
    """A base URL or client id that cannot go into a manifest."""


def normalize_base_url(value: str) -> str:
    """`https://host[:port][/prefix]` without a trailing slash, or ManifestInputError."""
    text = value.strip().rstrip("/")
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError as exc:
        raise ManifestInputError(f"the base URL {value!r} is not a valid URL") from exc
    if parts.scheme != "https":
        raise ManifestInputError(
            f"the base URL must start with https:// (Outlook loads add-ins only over https), "
            f"not {value!r}"
        )
    host = (parts.hostname or "").lower()
    if not _HOST.fullmatch(host):
        raise ManifestInputError(f"the base URL {value!r} has no valid host name")
    if parts.username is not None or parts.password is not None:
        raise ManifestInputError("the base URL must not contain a user name or password")
    if parts.query or parts.fragment or "?" in text or "#" in text:
        raise ManifestInputError("the base URL must not have a query or a fragment")
    if not _PATH.fullmatch(parts.path):
        raise ManifestInputError(
            f"the base URL path {parts.path!r} may only use letters, digits and . _ ~ -"
        )
    netloc = host if port is None or port == 443 else f"{host}:{port}"
    return f"https://{netloc}{parts.path}"


def normalize_client_id(value: str) -> str:
    """The Entra application (client) id as a lowercase GUID, or ManifestInputError."""
    text = value.strip()
    if not _GUID.fullmatch(text):
        raise ManifestInputError(
            f"the client id must be the API app's Application (client) ID, a GUID such as "
            f"6e0a5c2b-3f41-4d8e-9b7a-2c5d8e1f0a93, not {value!r}"
        )
    return text.lower()


@dataclass(frozen=True)
class Deployment:
    """Everything a manifest needs to know about where the add-in lives."""

    base_url: str
    client_id: str

    @classmethod
    def of(cls, base_url: str, client_id: str) -> Deployment:
        return cls(normalize_base_url(base_url), normalize_client_id(client_id))

    @property
    def netloc(self) -> str:
        return urlsplit(self.base_url).netloc

    @property
    def origin(self) -> str:
        return f"https://{self.netloc}"

    @property
    def addin_id(self) -> str:
        """The add-in only (XML) manifest's `<Id>`."""
        return str(uuid.uuid5(_MANIFEST_NAMESPACE, self.base_url))

    @property
    def unified_addin_id(self) -> str:
        """The unified manifest's `id`: never the XML one (Microsoft treats them as two apps)."""
        return str(uuid.uuid5(_UNIFIED_NAMESPACE, self.base_url))

    @property
    def support_url(self) -> str:
        return self.base_url + SUPPORT_PATH

    @property
    def app_id_uri(self) -> str:
        # Office's convention for the API app: api://<fully qualified domain>/<client id>.
        # RIGHTNOTE_MICROSOFT_APP_ID_URI and the app registration must use this same value.
        return f"api://{self.netloc}/{self.client_id}"

    @property
    def taskpane_url(self) -> str:
        return self.base_url + TASKPANE_PATH

    def icon_url(self, size: int) -> str:
        return f"{self.base_url}{ASSETS_PATH}/icon-{size}.png"


def _semver(version: str) -> str:
    release = version.split("+")[0].split("-")[0]
    parts = [*release.split("."), "0", "0", "0"][:3]
    return ".".join(str(int(part)) for part in parts)


def render_unified_manifest(base_url: str, client_id: str) -> dict[str, Any]:
    d = Deployment.of(base_url, client_id)
    capabilities = [{"name": "Mailbox", "minVersion": MAILBOX_MIN_VERSION}]
    icons = [{"size": size, "url": d.icon_url(size)} for size in RIBBON_ICON_SIZES]
    return {
        "$schema": SCHEMA_URL,
        "manifestVersion": MANIFEST_VERSION,
        "id": d.unified_addin_id,
        "version": _semver(__version__),
        "name": {"short": NAME, "full": FULL_NAME},
        "description": {"short": SHORT_DESCRIPTION, "full": FULL_DESCRIPTION},
        "developer": {
            "name": NAME,
            "websiteUrl": d.support_url,
            "privacyUrl": f"{d.base_url}/privacy",
            "termsOfUseUrl": f"{d.base_url}/terms",
        },
        "icons": {"outline": "outline.png", "color": "color.png"},
        "accentColor": ACCENT,
        "localizationInfo": {"defaultLanguageTag": "en-us"},
        "validDomains": [d.netloc],
        "webApplicationInfo": {"id": d.client_id, "resource": d.app_id_uri},
        "authorization": {
            "permissions": {
                "resourceSpecific": [{"name": "MailboxItem.ReadWrite.User", "type": "Delegated"}]
            }
        },
        "extensions": [
            {
                "requirements": {"scopes": ["mail"], "capabilities": capabilities},
                # Where both are installed, hide the XML add-in's button: one RightNote, not two.
                "alternates": [{"hide": {"customOfficeAddin": {"officeAddinId": d.addin_id}}}],
                "runtimes": [
                    {
                        "requirements": {"capabilities": capabilities},
                        "id": "TaskPaneRuntime",
                        "type": "general",
                        "code": {"page": d.taskpane_url},
                        "lifetime": "short",
                        "actions": [{"id": "ShowTaskPane", "type": "openPage", "view": "homepage"}],
                    }
                ],
                "ribbons": [
                    {
                        "contexts": ["mailCompose"],
                        "tabs": [
                            {
                                "builtInTabId": "TabDefault",
                                "groups": [
                                    {
                                        "id": "rightNoteGroup",
                                        "label": GROUP_LABEL,
                                        "icons": icons,
                                        "controls": [
                                            {
                                                "id": "rightNoteOpenPane",
                                                "type": "button",
                                                "label": BUTTON_LABEL,
                                                "icons": icons,
                                                "supertip": {
                                                    "title": BUTTON_LABEL,
                                                    "description": BUTTON_TIP,
                                                },
                                                "actionId": "ShowTaskPane",
                                            }
                                        ],
                                    }
                                ],
                            }
                        ],
                    }
                ],
            }
        ],
    }


def _a(value: str) -> str:
    """Escaped for a double-quoted attribute (values are validated too; this is the backstop)."""
    return escape(value, {'"': "&quot;"})


def render_xml_manifest(base_url: str, client_id: str) -> str:
    d = Deployment.of(base_url, client_id)
    version = _semver(__version__) + ".0"
    images = "\n".join(
        f'          <bt:Image id="icon{size}" DefaultValue="{_a(d.icon_url(size))}"/>'
        for size in RIBBON_ICON_SIZES
    )
    button_icons = "\n".join(
        f'                      <bt:Image size="{size}" resid="icon{size}"/>'
        for size in RIBBON_ICON_SIZES
    )
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<OfficeApp xmlns="http://schemas.microsoft.com/office/appforoffice/1.1"
           xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
           xmlns:bt="http://schemas.microsoft.com/office/officeappbasictypes/1.0"
           xmlns:mailappor="http://schemas.microsoft.com/office/mailappversionoverrides/1.0"
           xsi:type="MailApp">
  <Id>{_a(d.addin_id)}</Id>
  <Version>{_a(version)}</Version>
  <ProviderName>{_a(NAME)}</ProviderName>
  <DefaultLocale>en-US</DefaultLocale>
  <DisplayName DefaultValue="{_a(NAME)}"/>
  <Description DefaultValue="{_a(SHORT_DESCRIPTION)}"/>
  <IconUrl DefaultValue="{_a(d.icon_url(64))}"/>
  <HighResolutionIconUrl DefaultValue="{_a(d.icon_url(128))}"/>
  <SupportUrl DefaultValue="{_a(d.support_url)}"/>
  <AppDomains>
    <AppDomain>{_a(d.origin)}</AppDomain>
  </AppDomains>
  <Hosts>
    <Host Name="Mailbox"/>
  </Hosts>
  <Requirements>
    <Sets>
      <Set Name="Mailbox" MinVersion="{MAILBOX_MIN_VERSION}"/>
    </Sets>
  </Requirements>
  <FormSettings>
    <Form xsi:type="ItemEdit">
      <DesktopSettings>
        <SourceLocation DefaultValue="{_a(d.taskpane_url)}"/>
      </DesktopSettings>
    </Form>
  </FormSettings>
  <Permissions>ReadWriteItem</Permissions>
  <Rule xsi:type="RuleCollection" Mode="Or">
    <Rule xsi:type="ItemIs" ItemType="Message" FormType="Edit"/>
  </Rule>
  <DisableEntityHighlighting>false</DisableEntityHighlighting>
  <VersionOverrides xmlns="http://schemas.microsoft.com/office/mailappversionoverrides"
                    xsi:type="VersionOverridesV1_0">
    <VersionOverrides xmlns="http://schemas.microsoft.com/office/mailappversionoverrides/1.1"
                      xsi:type="VersionOverridesV1_1">
      <Requirements>
        <bt:Sets DefaultMinVersion="{MAILBOX_MIN_VERSION}">
          <bt:Set Name="Mailbox"/>
        </bt:Sets>
      </Requirements>
      <Hosts>
        <Host xsi:type="MailHost">
          <DesktopFormFactor>
            <ExtensionPoint xsi:type="MessageComposeCommandSurface">
              <OfficeTab id="TabDefault">
                <Group id="rightNoteGroup">
                  <Label resid="groupLabel"/>
                  <Control xsi:type="Button" id="rightNoteOpenPane">
                    <Label resid="buttonLabel"/>
                    <Supertip>
                      <Title resid="buttonLabel"/>
                      <Description resid="buttonTip"/>
                    </Supertip>
                    <Icon>
{button_icons}
                    </Icon>
                    <Action xsi:type="ShowTaskpane">
                      <SourceLocation resid="taskPaneUrl"/>
                    </Action>
                  </Control>
                </Group>
              </OfficeTab>
            </ExtensionPoint>
          </DesktopFormFactor>
        </Host>
      </Hosts>
      <Resources>
        <bt:Images>
{images}
        </bt:Images>
        <bt:Urls>
          <bt:Url id="taskPaneUrl" DefaultValue="{_a(d.taskpane_url)}"/>
        </bt:Urls>
        <bt:ShortStrings>
          <bt:String id="groupLabel" DefaultValue="{_a(GROUP_LABEL)}"/>
          <bt:String id="buttonLabel" DefaultValue="{_a(BUTTON_LABEL)}"/>
        </bt:ShortStrings>
        <bt:LongStrings>
          <bt:String id="buttonTip" DefaultValue="{_a(BUTTON_TIP)}"/>
        </bt:LongStrings>
      </Resources>
      <WebApplicationInfo>
        <Id>{_a(d.client_id)}</Id>
        <Resource>{_a(d.app_id_uri)}</Resource>
        <Scopes>
          <Scope>openid</Scope>
          <Scope>profile</Scope>
        </Scopes>
      </WebApplicationInfo>
    </VersionOverrides>
  </VersionOverrides>
</OfficeApp>
"""


@dataclass(frozen=True)
class OutlookManifests:
    unified: dict[str, Any]
    xml: str

    @property
    def unified_text(self) -> str:
        return json.dumps(self.unified, indent=2, ensure_ascii=False) + "\n"


def render_outlook_manifests(base_url: str, client_id: str) -> OutlookManifests:
    """Both manifests for one deployment; raises ManifestInputError for unusable input."""
    return OutlookManifests(
        unified=render_unified_manifest(base_url, client_id),
        xml=render_xml_manifest(base_url, client_id),
    )
