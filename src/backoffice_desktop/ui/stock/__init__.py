"""The Stock workspace: levels by product and bin, a product's ledger, stock documents and counts."""
