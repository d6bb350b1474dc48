"""The Outlook manifests: schema-valid, structurally right, stable, and in sync with the repo."""

from __future__ import annotations

import json
import struct
import uuid
import xml.etree.ElementTree as ET
import zlib
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from app.addons.outlook_icons import ASSETS_DIR, asset_specs, icon_rgba
from app.addons.outlook_manifest import (
    ManifestInputError,
    normalize_base_url,
    render_outlook_manifests,
    render_unified_manifest,
    render_xml_manifest,
)

REPO = Path(__file__).resolve().parents[2]
SCHEMA_PATH = REPO / "tests" / "fixtures" / "schemas" / "MicrosoftTeams.v1.30.schema.json"
COMMITTED = REPO / "addon_manifest" / "outlook"
SAMPLE_BASE_URL = "https://rightnote.example"
SAMPLE_CLIENT_ID = "6e0a5c2b-3f41-4d8e-9b7a-2c5d8e1f0a93"
OTHER_BASE_URL = "https://notes.contoso.example"
OTHER_CLIENT_ID = "0d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6"
REGENERATE = (
    "regenerate with: rightnote manifest outlook --base-url "
    f"{SAMPLE_BASE_URL} --client-id {SAMPLE_CLIENT_ID} --out addon_manifest/outlook"
)

NS = {
    "o": "http://schemas.microsoft.com/office/appforoffice/1.1",
    "xsi": "http://www.w3.org/2001/XMLSchema-instance",
    "bt": "http://schemas.microsoft.com/office/officeappbasictypes/1.0",
    "v0": "http://schemas.microsoft.com/office/mailappversionoverrides",
    "v1": "http://schemas.microsoft.com/office/mailappversionoverrides/1.1",
}
XSI_TYPE = f"{{{NS['xsi']}}}type"


@pytest.fixture(scope="module")
def validator() -> jsonschema.Draft4Validator:
    if not SCHEMA_PATH.exists():
        pytest.fail(f"the unified manifest schema is missing: {SCHEMA_PATH} (see its README)")
    # No check_schema(): Microsoft's schema uses \p{L} in a pattern Python's `re` lacks (only for
    # custom functions, which we do not declare).
    schema = json.loads(SCHEMA_PATH.read_text())
    return jsonschema.Draft4Validator(
        schema, format_checker=jsonschema.Draft4Validator.FORMAT_CHECKER
    )


def errors(validator: jsonschema.Draft4Validator, manifest: dict[str, Any]) -> list[str]:
    return [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(manifest)]


def local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


# --- unified manifest --------------------------------------------------------------------


@pytest.mark.parametrize(
    "base_url",
    [SAMPLE_BASE_URL, "https://notes.contoso.example:8443/rightnote", "https://localhost:3000"],
)
def test_unified_manifest_is_valid_against_the_schema(
    validator: jsonschema.Draft4Validator, base_url: str
) -> None:
    manifest = render_unified_manifest(base_url, SAMPLE_CLIENT_ID)
    assert errors(validator, manifest) == []
    # draft-04 ignores `const`; the schema pins the version with it.
    assert manifest["manifestVersion"] == "1.30"


def test_schema_catches_what_we_rely_on_it_for(validator: jsonschema.Draft4Validator) -> None:
    # A guard against a silently permissive validator: breaking the manifest must show.
    manifest = render_unified_manifest(SAMPLE_BASE_URL, SAMPLE_CLIENT_ID)
    manifest["id"] = "not-a-guid"
    manifest["extensions"][0]["ribbons"][0]["contexts"] = ["mailComposeX"]
    del manifest["icons"]["color"]
    assert len(errors(validator, manifest)) >= 3


def test_unified_manifest_content() -> None:
    m = render_unified_manifest(SAMPLE_BASE_URL, SAMPLE_CLIENT_ID)
    [extension] = m["extensions"]
    assert extension["requirements"] == {
        "scopes": ["mail"],
        "capabilities": [{"name": "Mailbox", "minVersion": "1.3"}],
    }
    [runtime] = extension["runtimes"]
    assert runtime["code"]["page"] == f"{SAMPLE_BASE_URL}/outlook/taskpane.html"
    [action] = runtime["actions"]
    assert action["type"] == "openPage"
    [ribbon] = extension["ribbons"]
    assert ribbon["contexts"] == ["mailCompose"]
    [control] = ribbon["tabs"][0]["groups"][0]["controls"]
    assert control["type"] == "button" and control["actionId"] == action["id"]
    assert {i["size"] for i in control["icons"]} >= {16, 32, 80}
    for icon in control["icons"]:
        assert icon["url"] == f"{SAMPLE_BASE_URL}/outlook/assets/icon-{icon['size']}.png"
    assert m["webApplicationInfo"] == {
        "id": SAMPLE_CLIENT_ID,
        "resource": f"api://rightnote.example/{SAMPLE_CLIENT_ID}",
    }
    assert m["validDomains"] == ["rightnote.example"]
    assert m["icons"] == {"outline": "outline.png", "color": "color.png"}


# --- XML manifest ------------------------------------------------------------------------


@pytest.fixture(scope="module")
def xml_root() -> ET.Element:
    return ET.fromstring(render_xml_manifest(SAMPLE_BASE_URL, SAMPLE_CLIENT_ID))


def test_xml_root_and_element_order(xml_root: ET.Element) -> None:
    assert xml_root.tag == f"{{{NS['o']}}}OfficeApp"
    assert xml_root.get(XSI_TYPE) == "MailApp"
    # The order the OfficeApp schema (MailApp) requires.
    assert [local(child.tag) for child in xml_root] == [
        "Id",
        "Version",
        "ProviderName",
        "DefaultLocale",
        "DisplayName",
        "Description",
        "IconUrl",
        "HighResolutionIconUrl",
        "SupportUrl",
        "AppDomains",
        "Hosts",
        "Requirements",
        "FormSettings",
        "Permissions",
        "Rule",
        "DisableEntityHighlighting",
        "VersionOverrides",
    ]
    assert all(child.tag.startswith(f"{{{NS['o']}}}") for child in xml_root[:-1])
    assert xml_root.findtext("o:Permissions", namespaces=NS) == "ReadWriteItem"
    mailbox = xml_root.find("o:Requirements/o:Sets/o:Set", NS)
    assert mailbox is not None
    assert (mailbox.get("Name"), mailbox.get("MinVersion")) == ("Mailbox", "1.3")
    assert xml_root.findtext("o:Version", namespaces=NS).count(".") == 3  # type: ignore[union-attr]


def test_xml_version_overrides(xml_root: ET.Element) -> None:
    v0 = xml_root.find("v0:VersionOverrides", NS)
    assert v0 is not None and v0.get(XSI_TYPE) == "VersionOverridesV1_0"
    v1 = v0[-1]  # the 1.1 overrides must be the last child of the 1.0 ones
    assert v1.tag == f"{{{NS['v1']}}}VersionOverrides"
    assert v1.get(XSI_TYPE) == "VersionOverridesV1_1"
    assert [local(child.tag) for child in v1] == [
        "Requirements",
        "Hosts",
        "Resources",
        "WebApplicationInfo",  # at the end of VersionOverridesV1_1, where Outlook wants it
    ]
    sets = v1.find("v1:Requirements/bt:Sets", NS)
    assert sets is not None and sets.get("DefaultMinVersion") == "1.3"
    host = v1.find("v1:Hosts/v1:Host", NS)
    assert host is not None and host.get(XSI_TYPE) == "MailHost"
    point = host.find("v1:DesktopFormFactor/v1:ExtensionPoint", NS)
    assert point is not None and point.get(XSI_TYPE) == "MessageComposeCommandSurface"
    control = point.find("v1:OfficeTab/v1:Group/v1:Control", NS)
    assert control is not None and control.get(XSI_TYPE) == "Button"
    action = control.find("v1:Action", NS)
    assert action is not None and action.get(XSI_TYPE) == "ShowTaskpane"

    info = v1.find("v1:WebApplicationInfo", NS)
    assert info is not None
    assert info.findtext("v1:Id", namespaces=NS) == SAMPLE_CLIENT_ID
    assert info.findtext("v1:Resource", namespaces=NS) == (
        f"api://rightnote.example/{SAMPLE_CLIENT_ID}"
    )


def test_xml_resource_ids_resolve(xml_root: ET.Element) -> None:
    v1 = xml_root.find("v0:VersionOverrides/v1:VersionOverrides", NS)
    assert v1 is not None
    resources = v1.find("v1:Resources", NS)
    assert resources is not None
    defined = {el.get("id"): el.get("DefaultValue") for el in resources.iter() if el.get("id")}
    hosts = v1.find("v1:Hosts", NS)
    assert hosts is not None
    used = {el.get("resid") for el in hosts.iter() if el.get("resid")}
    assert used <= set(defined)
    source = v1.find(".//v1:Action/v1:SourceLocation", NS)
    assert source is not None
    assert defined[source.get("resid")] == f"{SAMPLE_BASE_URL}/outlook/taskpane.html"
    images = {defined[el.get("resid")] for el in hosts.iter(f"{{{NS['bt']}}}Image")}
    assert images == {f"{SAMPLE_BASE_URL}/outlook/assets/icon-{n}.png" for n in (16, 32, 80)}


# --- identity of the add-in and of the deployment ----------------------------------------


def test_add_in_id_is_stable_per_base_url() -> None:
    first = render_outlook_manifests(SAMPLE_BASE_URL, SAMPLE_CLIENT_ID)
    again = render_outlook_manifests("https://RightNote.example/", SAMPLE_CLIENT_ID.upper())
    other = render_outlook_manifests(OTHER_BASE_URL, SAMPLE_CLIENT_ID)
    assert first == again
    assert uuid.UUID(first.unified["id"]).version == 5
    assert first.unified["id"] != other.unified["id"]
    assert f"<Id>{first.unified['id']}</Id>" not in first.xml


def test_the_two_manifests_are_two_add_ins_linked_by_alternates(
    validator: jsonschema.Draft4Validator,
) -> None:
    """One tenant may deploy both manifests: Microsoft needs two ids, and the unified add-in
    hides the XML one's button (extensions[].alternates[].hide.customOfficeAddin)."""
    m = render_outlook_manifests(SAMPLE_BASE_URL, SAMPLE_CLIENT_ID)
    xml_id = ET.fromstring(m.xml).findtext("o:Id", namespaces=NS)
    assert xml_id is not None and uuid.UUID(xml_id).version == 5
    assert m.unified["id"] != xml_id
    [extension] = m.unified["extensions"]
    assert extension["alternates"] == [{"hide": {"customOfficeAddin": {"officeAddinId": xml_id}}}]
    assert errors(validator, m.unified) == []
    # The XML id is the one deployments already have installed: it must not move.
    assert xml_id == str(
        uuid.uuid5(
            uuid.uuid5(uuid.NAMESPACE_URL, "https://rightnote/outlook-addin"), SAMPLE_BASE_URL
        )
    )


def _leaves(value: Any, path: str = "") -> dict[str, Any]:
    """Every scalar of a JSON document by its path, e.g. `.extensions[0].runtimes[0].id`."""
    if isinstance(value, dict):
        children = [(f"{path}.{key}", item) for key, item in value.items()]
    elif isinstance(value, list):
        children = [(f"{path}[{i}]", item) for i, item in enumerate(value)]
    else:
        return {path: value}
    return {k: v for child_path, item in children for k, v in _leaves(item, child_path).items()}


def test_another_deployment_changes_exactly_the_deployment_fields() -> None:
    a = _leaves(render_unified_manifest(SAMPLE_BASE_URL, SAMPLE_CLIENT_ID))
    b = _leaves(render_unified_manifest(OTHER_BASE_URL, OTHER_CLIENT_ID))
    assert a.keys() == b.keys()
    changed = {path for path in a if a[path] != b[path]}
    icon_paths = {path for path in a if path.endswith(".url")}
    assert changed == {
        ".id",
        ".extensions[0].alternates[0].hide.customOfficeAddin.officeAddinId",
        ".developer.websiteUrl",
        ".developer.privacyUrl",
        ".developer.termsOfUseUrl",
        ".validDomains[0]",
        ".webApplicationInfo.id",
        ".webApplicationInfo.resource",
        ".extensions[0].runtimes[0].code.page",
        *icon_paths,
    }

    xml_a = render_xml_manifest(SAMPLE_BASE_URL, SAMPLE_CLIENT_ID)
    xml_b = render_xml_manifest(OTHER_BASE_URL, OTHER_CLIENT_ID)
    id_a = ET.fromstring(xml_a).findtext("o:Id", namespaces=NS)
    id_b = ET.fromstring(xml_b).findtext("o:Id", namespaces=NS)
    assert id_a and id_b
    expected = (
        xml_a.replace("rightnote.example", "notes.contoso.example")
        .replace(SAMPLE_CLIENT_ID, OTHER_CLIENT_ID)
        .replace(id_a, id_b)
    )
    assert xml_b == expected


def test_path_prefix_and_port() -> None:
    m = render_outlook_manifests("https://host.example:8443/rn/", SAMPLE_CLIENT_ID)
    page = m.unified["extensions"][0]["runtimes"][0]["code"]["page"]
    assert page == "https://host.example:8443/rn/outlook/taskpane.html"
    assert m.unified["validDomains"] == ["host.example:8443"]
    assert (
        m.unified["webApplicationInfo"]["resource"] == f"api://host.example:8443/{SAMPLE_CLIENT_ID}"
    )
    assert "<AppDomain>https://host.example:8443</AppDomain>" in m.xml


@pytest.mark.parametrize(
    ("base_url", "message"),
    [
        ("http://rightnote.example", "https://"),
        ("ftp://rightnote.example", "https://"),
        ("rightnote.example", "https://"),
        ("https://", "host"),
        ("https://user:pw@rightnote.example", "user name"),
        ("https://rightnote.example/?x=1", "query"),
        ("https://rightnote.example/#top", "fragment"),
        ('https://rightnote.example/a"b', "path"),
        ("https://rightnote.example/a b", "path"),
        ("https://rightnote.example/<script>", "path"),
        ("https://bad_host.example", "host"),
        ("https://rightnote.example:99999", "valid URL"),
    ],
)
def test_bad_base_urls_are_refused(base_url: str, message: str) -> None:
    with pytest.raises(ManifestInputError, match=message):
        render_outlook_manifests(base_url, SAMPLE_CLIENT_ID)


@pytest.mark.parametrize(
    "client_id",
    [
        "",
        "rightnote",
        SAMPLE_CLIENT_ID.replace("-", ""),
        SAMPLE_CLIENT_ID + "0",
        "{" + SAMPLE_CLIENT_ID + "}",
    ],
)
def test_bad_client_ids_are_refused(client_id: str) -> None:
    with pytest.raises(ManifestInputError, match="GUID"):
        render_outlook_manifests(SAMPLE_BASE_URL, client_id)


def test_base_url_normalisation() -> None:
    assert (
        normalize_base_url(" https://RightNote.Example:443/App/ ")
        == "https://rightnote.example/App"
    )


# --- committed files ---------------------------------------------------------------------


def test_committed_manifests_are_the_rendered_sample(validator: jsonschema.Draft4Validator) -> None:
    rendered = render_outlook_manifests(SAMPLE_BASE_URL, SAMPLE_CLIENT_ID)
    committed_json = json.loads((COMMITTED / "manifest.json").read_text())
    assert committed_json == rendered.unified, REGENERATE
    assert (COMMITTED / "manifest.xml").read_text() == rendered.xml, REGENERATE
    assert errors(validator, committed_json) == []


def decode_png(data: bytes) -> tuple[int, int, bytes]:
    """Width, height and RGBA pixels of the PNGs we write (8-bit RGBA, filter 0), checking CRCs."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat, header = 8, b"", b""
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        kind, body = data[pos + 4 : pos + 8], data[pos + 8 : pos + 8 + length]
        (crc,) = struct.unpack(">I", data[pos + 8 + length : pos + 12 + length])
        assert crc == zlib.crc32(kind + body), kind
        if kind == b"IHDR":
            header = body
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    width, height, depth, colour, _, _, interlace = struct.unpack(">IIBBBBB", header)
    assert (depth, colour, interlace) == (8, 6, 0)
    raw = zlib.decompress(idat)
    stride = width * 4 + 1
    assert len(raw) == stride * height
    assert all(raw[row * stride] == 0 for row in range(height))
    pixels = b"".join(raw[row * stride + 1 : (row + 1) * stride] for row in range(height))
    return width, height, pixels


@pytest.mark.parametrize("name", sorted(asset_specs()))
def test_committed_icons_are_the_rendered_ones(name: str) -> None:
    size, outline = asset_specs()[name]
    width, height, pixels = decode_png((ASSETS_DIR / name).read_bytes())
    assert (width, height) == (size, size)
    regenerate = "regenerate: python -m app.addons.outlook_icons"
    assert pixels == icon_rgba(size, outline=outline), regenerate


@pytest.mark.parametrize("name", ["color.png", "outline.png"])
def test_package_icons_sit_next_to_the_committed_manifest(name: str) -> None:
    assert (COMMITTED / name).read_bytes() == (ASSETS_DIR / name).read_bytes()


def test_icon_looks() -> None:
    _, _, color = decode_png((ASSETS_DIR / "color.png").read_bytes())
    alpha = color[3::4]
    assert alpha[0] == 0  # rounded corner: transparent
    assert alpha[96 * 192 + 96] == 255  # opaque middle
    assert len(set(zip(color[0::4], color[1::4], color[2::4], strict=True))) > 2
    _, _, outline = decode_png((ASSETS_DIR / "outline.png").read_bytes())
    # Outline icons are white on transparent: only the alpha varies.
    assert set(outline[0::4]) == set(outline[1::4]) == set(outline[2::4]) == {255}
    assert 0 in set(outline[3::4]) and 255 in set(outline[3::4])
