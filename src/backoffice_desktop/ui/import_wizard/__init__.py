"""What the file import wizards (a supplier's price list, the shop's order export) share:
the frame with its steps and background work, the column mapping controls over a preview
of the sheet, and the report tabs."""
