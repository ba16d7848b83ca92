"""The managers' workspace: reports on screen, in print, in Excel."""
