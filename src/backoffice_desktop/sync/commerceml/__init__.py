"""CommerceML 2 ("1C exchange"): the documents and the HTTP exchange protocol that
1C-Bitrix, InSales, UMI and the exchange modules of many other shop engines speak.

- :mod:`.writer` writes ``offers.xml`` (prices and stock) and a minimal ``import.xml``
  (the catalogue), streamed, valid against the 2.08-2.10 schemas;
- :mod:`.reader` reads orders and offers as sites really send them (leniently);
- :mod:`.client` runs the exchange: log in, send files, import, fetch and confirm orders.

Plain data in and out (listings, dataclasses, bytes); no store access and no Qt.
"""
