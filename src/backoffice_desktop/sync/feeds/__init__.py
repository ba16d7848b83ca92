"""Feeds for platforms that read a file instead of talking: a YML (Yandex Market)
catalogue and a price-and-stock table as CSV and XLSX, written to a folder.

Each file is written beside its final name and moved into place when complete
(:mod:`.atomic`), so a platform fetching it never sees half a feed. The writers take
listings one by one (:mod:`.yml`, :mod:`.table`); :func:`.folder.write_feeds` writes all
of them in one pass over the listings.
"""
