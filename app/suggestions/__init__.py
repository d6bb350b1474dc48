"""Compose-time suggestion: who among a note's recipients the user interviewed with, which note
fits, the draft and the voice report, and standing down from an opportunity. One service for
every surface (`/v1/suggest` for the Outlook pane, the Gmail compose card); the surfaces only
render its typed results as their own JSON."""
