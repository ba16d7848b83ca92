"""Settings (admin): users and roles, company details, the store, the interface language, stock rules."""
