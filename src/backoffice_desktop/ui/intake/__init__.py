"""The Intake workspace: receiving goods by scanner against purchase orders or without one."""
