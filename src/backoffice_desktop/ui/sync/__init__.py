"""The Sync workspace: the shop website queue, runs, their logs, parked products."""
