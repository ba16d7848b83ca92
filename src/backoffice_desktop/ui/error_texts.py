"""The domain errors' message templates, for the translators (generated: do not edit).

Written by ``scripts/update_translations.py`` from the ``raise ...Error("template", ...)``
and ``Phrase("...")`` literals of the core; ``ui/messages.error_text`` translates an
error's template in the context 'errors'. Run the script after adding an error.
"""

from PySide6.QtCore import QT_TRANSLATE_NOOP

ERROR_TEMPLATES: tuple[str, ...] = (
    # services/mail.py
    QT_TRANSLATE_NOOP("errors", "'{address}' is not a valid e-mail address."),
    # db.py
    QT_TRANSLATE_NOOP("errors", "'{address}' is not a valid store address: {reason}"),
    # services/product_cards/validation.py
    QT_TRANSLATE_NOOP("errors", "'{attribute}' has at most {limit} characters; this value has {length}."),
    # services/product_cards/validation.py
    QT_TRANSLATE_NOOP("errors", "'{attribute}' is yes or no, not '{value}'."),
    # services/attribute_sets.py, services/completeness.py
    QT_TRANSLATE_NOOP("errors", "'{channel}' is not a sales channel."),
    # sync/connections.py
    QT_TRANSLATE_NOOP("errors", "'{channel}' is not a sales channel; expected one of: {channels}."),
    # services/receiving.py
    QT_TRANSLATE_NOOP("errors", "'{code}' can't be linked: {reason}"),
    # services/product_cards/validation.py
    QT_TRANSLATE_NOOP("errors", "'{code}' is not a barcode; expected an EAN-13 such as 4601234567893 or an internal code of Latin letters and digits."),
    # services/stock_documents.py
    QT_TRANSLATE_NOOP("errors", "'{code}' is not a write-off reason."),
    # exports/column_mapping.py
    QT_TRANSLATE_NOOP("errors", "'{column}' is not a column letter (expected A, B, ... XFD)."),
    # services/suppliers.py, sync/commerceml/writer.py, sync/feeds/yml.py
    QT_TRANSLATE_NOOP("errors", "'{currency}' is not a currency code; expected three letters such as RUB, USD or CNY."),
    # sync/feeds/folder.py
    QT_TRANSLATE_NOOP("errors", "'{delimiter}' can't separate CSV columns; use a comma, a semicolon, a tab or a bar."),
    # services/suppliers.py
    QT_TRANSLATE_NOOP("errors", "'{email}' is not an e-mail address; expected something like orders@example.ru."),
    # sync/connections.py, sync/feeds/folder.py
    QT_TRANSLATE_NOOP("errors", "'{format}' is not a feed format; expected yml, csv or xlsx."),
    # services/mail.py
    QT_TRANSLATE_NOOP("errors", "'{host}' is not a host name: enter a name such as smtp.example.com."),
    # services/attribute_sets.py
    QT_TRANSLATE_NOOP("errors", "'{kind}' is not an attribute kind; expected text, number, choice or bool."),
    # services/product_cards/validation.py
    QT_TRANSLATE_NOOP("errors", "'{name}' can't be on the website without {attributes}."),
    # services/attribute_sets.py
    QT_TRANSLATE_NOOP("errors", "'{name}' is filled in on {count} product(s); deleting it removes their values."),
    # services/attribute_sets.py
    QT_TRANSLATE_NOOP("errors", "'{name}' is filled in on {count} product(s); its kind can't change."),
    # services/attribute_sets.py
    QT_TRANSLATE_NOOP("errors", "'{name}' is required on every channel; change that in the attribute set of its category."),
    # services/pricelists.py
    QT_TRANSLATE_NOOP("errors", "'{sku}' already matches one of our products; link it instead of creating one."),
    # exports/pricelist_reader.py
    QT_TRANSLATE_NOOP("errors", "'{sku}' appears {count} times in the price list with different data ({rows}); keep one row."),
    # services/product_cards/validation.py
    QT_TRANSLATE_NOOP("errors", "'{sku}' can't be an SKU: at most {limit} characters, no spaces."),
    # services/pricelists.py
    QT_TRANSLATE_NOOP("errors", "'{sku}' can't be both linked to a product and made into a new one."),
    # services/product_cards/slugs.py
    QT_TRANSLATE_NOOP("errors", "'{slug}' can't be a URL slug: use Latin letters, digits and single dashes, e.g. {example}."),
    # services/barcodes.py, services/receiving.py, services/stock_documents.py, services/suppliers.py
    QT_TRANSLATE_NOOP("errors", "'{text}' has more than three decimal places."),
    # services/catalog.py, services/catalog_excel.py, services/purchasing.py
    QT_TRANSLATE_NOOP("errors", "'{text}' has more than two decimal places."),
    # services/catalog.py
    QT_TRANSLATE_NOOP("errors", "'{text}' is not a price; expected a number such as 1 234,50."),
    # services/stock_documents.py
    QT_TRANSLATE_NOOP("errors", "'{text}' is not a quantity; expected a number such as 12 or 1,5."),
    # services/barcodes.py
    QT_TRANSLATE_NOOP("errors", "'{text}' is not a quantity; type a number such as 12 or 1,5."),
    # services/purchasing.py
    QT_TRANSLATE_NOOP("errors", "'{text}' is not an amount; expected a number such as 1234,50."),
    # services/catalog.py, services/product_cards/validation.py
    QT_TRANSLATE_NOOP("errors", "'{text}' is too large for a price."),
    # services/stock_documents.py, services/suppliers.py
    QT_TRANSLATE_NOOP("errors", "'{text}' is too large for a quantity."),
    # services/product_cards/validation.py
    QT_TRANSLATE_NOOP("errors", "'{unit}' is not a unit of measure; expected one of {units}."),
    # sync/http.py
    QT_TRANSLATE_NOOP("errors", "'{url}' is not a web address; expected something like https://shop.example.com."),
    # sync/commerceml/client.py
    QT_TRANSLATE_NOOP("errors", "'{url}' is not an exchange address; expected something like https://shop.example.ru/bitrix/admin/1c_exchange.php."),
    # sync/connections.py, sync/feeds/yml.py
    QT_TRANSLATE_NOOP("errors", "'{url}' is not the shop's address; expected something like https://shop.example.ru."),
    # services/catalog_bulk.py
    QT_TRANSLATE_NOOP("errors", "'{value}' is not a change of price; expected a number such as 10 or -5,5."),
    # services/reports/registry.py
    QT_TRANSLATE_NOOP("errors", "'{value}' is not a number ({option})."),
    # services/product_cards/validation.py
    QT_TRANSLATE_NOOP("errors", "'{value}' is not a number for '{attribute}'; expected e.g. 1,5."),
    # services/catalog_excel.py
    QT_TRANSLATE_NOOP("errors", "'{value}' is not a number for the {what}; expected e.g. 1234,50."),
    # services/dead_stock.py
    QT_TRANSLATE_NOOP("errors", "'{value}' is not a percentage; expected a number such as 15."),
    # services/reports/registry.py
    QT_TRANSLATE_NOOP("errors", "'{value}' is not a valid choice for '{option}'."),
    # services/reports/registry.py
    QT_TRANSLATE_NOOP("errors", "'{value}' is not a whole number ({option})."),
    # services/product_cards/validation.py
    QT_TRANSLATE_NOOP("errors", "'{value}' is not one of the choices for '{attribute}': {choices}."),
    # services/catalog_excel.py
    QT_TRANSLATE_NOOP("errors", "'{value}' is not yes or no; expected yes/no (да/нет)."),
    # services/reports/summary.py
    QT_TRANSLATE_NOOP("errors", "'{zone}' is not a time zone; pick one from the list, such as Europe/Moscow."),
    # exports/order_export_reader.py
    QT_TRANSLATE_NOOP("errors", "A SKU has at most {limit} characters; this one has {length}."),
    # services/product_cards/slugs.py
    QT_TRANSLATE_NOOP("errors", "A URL slug has at most {limit} characters; this one has {length}."),
    # services/product_cards/validation.py, services/purchasing.py
    QT_TRANSLATE_NOOP("errors", "A VAT rate is a percentage from 0 to 100, not {rate}."),
    # sync/feeds/yml.py
    QT_TRANSLATE_NOOP("errors", "A YML feed needs the shop's name and the company name."),
    # exports/pricelist_reader.py
    QT_TRANSLATE_NOOP("errors", "A barcode has at most {limit} characters; this one has {length}."),
    # services/product_cards/validation.py, services/receiving.py
    QT_TRANSLATE_NOOP("errors", "A barcode is for a unit or for a pack, not '{kind}'."),
    # exports/order_export_reader.py
    QT_TRANSLATE_NOOP("errors", "A line's quantity can't be zero."),
    # services/dead_stock.py
    QT_TRANSLATE_NOOP("errors", "A markdown is more than 0 % and less than 100 %, not {value} %."),
    # services/receiving.py
    QT_TRANSLATE_NOOP("errors", "A marking code stands for one unit of {sku}: scan each unit's code without a quantity."),
    # services/product_cards/validation.py
    QT_TRANSLATE_NOOP("errors", "A pack barcode needs a pack quantity above zero; {code} has {quantity}."),
    # services/report_presets.py
    QT_TRANSLATE_NOOP("errors", "A preset name has at most {limit} characters."),
    # exports/pricelist_values.py, services/catalog.py, services/product_cards/validation.py, services/receiving.py
    QT_TRANSLATE_NOOP("errors", "A price can't be negative."),
    # services/catalog_bulk.py
    QT_TRANSLATE_NOOP("errors", "A price can't drop by {percent}%: that leaves nothing."),
    # services/product_cards/variants.py
    QT_TRANSLATE_NOOP("errors", "A product has variants along at most {limit} axes (e.g. size and colour)."),
    # services/product_cards/validation.py
    QT_TRANSLATE_NOOP("errors", "A product name has at most {limit} characters; this one has {length}."),
    # services/product_cards/validation.py
    QT_TRANSLATE_NOOP("errors", "A product needs a name."),
    # services/catalog_excel.py
    QT_TRANSLATE_NOOP("errors", "A product needs a retail price; the cell is empty."),
    # services/product_cards/validation.py
    QT_TRANSLATE_NOOP("errors", "A product needs an SKU."),
    # services/completeness.py
    QT_TRANSLATE_NOOP("errors", "A sales channel needs a name of 1 to 64 characters."),
    # sync/connections.py
    QT_TRANSLATE_NOOP("errors", "A shop connection named '{name}' already exists."),
    # services/sales_import.py
    QT_TRANSLATE_NOOP("errors", "A source name has at most {limit} characters."),
    # services/stock.py
    QT_TRANSLATE_NOOP("errors", "A stock move needs a positive quantity, got {quantity}."),
    # services/stock.py
    QT_TRANSLATE_NOOP("errors", "A stock move needs two different locations."),
    # exports/pricelist_reader.py
    QT_TRANSLATE_NOOP("errors", "A supplier SKU has at most {limit} characters; this one has {length}."),
    # services/suppliers.py
    QT_TRANSLATE_NOOP("errors", "A supplier needs a name."),
    # services/stock_documents.py
    QT_TRANSLATE_NOOP("errors", "A transfer needs two different bins; {location} is both."),
    # services/attribute_sets.py
    QT_TRANSLATE_NOOP("errors", "A unit has at most {limit} characters; '{unit}' has {length}."),
    # exports/order_export_reader.py
    QT_TRANSLATE_NOOP("errors", "A unit price can't be negative; a returned line has a negative quantity."),
    # services/product_cards/variants.py
    QT_TRANSLATE_NOOP("errors", "A variant axis needs a name of 1 to {limit} characters."),
    # services/product_cards/variants.py
    QT_TRANSLATE_NOOP("errors", "A variant can't have variants of its own."),
    # services/stock_documents.py
    QT_TRANSLATE_NOOP("errors", "An adjustment needs a quantity other than zero."),
    # services/photos.py
    QT_TRANSLATE_NOOP("errors", "An alt text has at most {limit} characters; this one has {length}."),
    # services/attribute_sets.py
    QT_TRANSLATE_NOOP("errors", "An attribute name has at most {limit} characters; '{name}' has {length}."),
    # services/attribute_sets.py
    QT_TRANSLATE_NOOP("errors", "An attribute needs a name."),
    # exports/order_export_reader.py
    QT_TRANSLATE_NOOP("errors", "An order number has at most {limit} characters; this one has {length}."),
    # services/attribute_sets.py
    QT_TRANSLATE_NOOP("errors", "Attribute #{attribute_id} does not exist."),
    # db.py
    QT_TRANSLATE_NOOP("errors", "Backup copies are made for SQLite stores only; use pg_dump for PostgreSQL."),
    # services/receiving.py
    QT_TRANSLATE_NOOP("errors", "Bin {bin} is not in the receipt's warehouse."),
    # services/stock_documents.py
    QT_TRANSLATE_NOOP("errors", "Bin {location} is closed."),
    # services/catalog_bulk.py, services/product_cards/validation.py
    QT_TRANSLATE_NOOP("errors", "Brand #{brand_id} does not exist (any more)."),
    # services/mail.py
    QT_TRANSLATE_NOOP("errors", "Can't attach {path}: {reason}."),
    # sync/feeds/atomic.py
    QT_TRANSLATE_NOOP("errors", "Can't replace {path} (is it open in another program?): {reason}"),
    # sync/feed_connector.py, sync/feeds/atomic.py
    QT_TRANSLATE_NOOP("errors", "Can't write in the feed folder {folder}: {reason}"),
    # exports/catalog_xlsx.py
    QT_TRANSLATE_NOOP("errors", "Can't write {path}: {reason}"),
    # db.py
    QT_TRANSLATE_NOOP("errors", "Cannot connect to the PostgreSQL store at {address}: {reason}"),
    # db.py
    QT_TRANSLATE_NOOP("errors", "Cannot open the store file {path} for writing ({reason})."),
    # db.py
    QT_TRANSLATE_NOOP("errors", "Cannot open the store file {path}: {reason}"),
    # db.py
    QT_TRANSLATE_NOOP("errors", "Cannot read the store file {path}: {reason}."),
    # exports/pricelist_sheets.py
    QT_TRANSLATE_NOOP("errors", "Cannot read {file}: {reason}."),
    # db.py
    QT_TRANSLATE_NOOP("errors", "Cannot use the store address: {reason}"),
    # services/catalog_bulk.py, services/product_cards/validation.py
    QT_TRANSLATE_NOOP("errors", "Category #{category_id} does not exist (any more)."),
    # services/attribute_sets.py, services/completeness.py, services/stock_documents.py
    QT_TRANSLATE_NOOP("errors", "Category #{category_id} does not exist."),
    # services/landed_costs.py
    QT_TRANSLATE_NOOP("errors", "Charge {number}: enter an amount above zero."),
    # services/landed_costs.py
    QT_TRANSLATE_NOOP("errors", "Charge {number}: unknown kind '{kind}'."),
    # services/stock_documents.py
    QT_TRANSLATE_NOOP("errors", "Choose a bin."),
    # exports/order_export_reader.py
    QT_TRANSLATE_NOOP("errors", "Choose a column that identifies the product: SKU or barcode."),
    # exports/pricelist_model.py
    QT_TRANSLATE_NOOP("errors", "Choose a column that identifies the product: supplier SKU, barcode or name."),
    # services/receiving.py
    QT_TRANSLATE_NOOP("errors", "Choose a storage bin to put the goods away in."),
    # services/stock_documents.py
    QT_TRANSLATE_NOOP("errors", "Choose at least one bin to count."),
    # exports/order_export_reader.py
    QT_TRANSLATE_NOOP("errors", "Choose the column of the unit price or of the line total."),
    # exports/pricelist_model.py
    QT_TRANSLATE_NOOP("errors", "Choose the column that holds the price."),
    # exports/order_export_reader.py
    QT_TRANSLATE_NOOP("errors", "Choose the column that holds the {field}."),
    # sync/connections.py
    QT_TRANSLATE_NOOP("errors", "Choose the folder the feeds are written to (a full path), not '{folder}'."),
    # services/purchasing.py
    QT_TRANSLATE_NOOP("errors", "Choose the product to add to the order."),
    # services/stock_documents.py
    QT_TRANSLATE_NOOP("errors", "Choose why {sku} is written off."),
    # services/reports/registry.py
    QT_TRANSLATE_NOOP("errors", "Classes A and B can't take more than 100 % together."),
    # exports/column_mapping.py
    QT_TRANSLATE_NOOP("errors", "Column {column} is chosen for both {first} and {second}."),
    # sync/commerceml/writer.py
    QT_TRANSLATE_NOOP("errors", "CommerceML schema version {version} is not supported; use one of {versions}."),
    # services/mail.py
    QT_TRANSLATE_NOOP("errors", "Could not talk to the mail server {server}: {reason}."),
    # services/receiving.py
    QT_TRANSLATE_NOOP("errors", "Damaged goods go to quarantine or to scrap, not '{kind}'."),
    # services/stock_documents.py
    QT_TRANSLATE_NOOP("errors", "Describe why {sku} is written off."),
    # services/stock_documents.py
    QT_TRANSLATE_NOOP("errors", "Document line #{line_id} does not exist."),
    # services/stock_documents.py
    QT_TRANSLATE_NOOP("errors", "Document {number} has no lines: add the goods first."),
    # services/stock_documents.py
    QT_TRANSLATE_NOOP("errors", "Document {number} is already cancelled."),
    # services/stock_documents.py
    QT_TRANSLATE_NOOP("errors", "Document {number} is already posted."),
    # services/stock_documents.py
    QT_TRANSLATE_NOOP("errors", "Document {number} is cancelled and can't be changed."),
    # services/stock_documents.py
    QT_TRANSLATE_NOOP("errors", "Document {number} is cancelled and can't be posted."),
    # services/stock_documents.py
    QT_TRANSLATE_NOOP("errors", "Document {number} is not a stock count."),
    # services/stock_documents.py
    QT_TRANSLATE_NOOP("errors", "Document {number} is posted and can't be cancelled; correct it with a new adjustment."),
    # services/stock_documents.py
    QT_TRANSLATE_NOOP("errors", "Document {number} is posted and can't be changed."),
    # services/stock_documents.py
    QT_TRANSLATE_NOOP("errors", "Document {number} was changed on another workstation (version {version}, you saw version {expected_version}). Check it again before posting."),
    # services/stock_documents.py
    QT_TRANSLATE_NOOP("errors", "Documents of this kind are posted elsewhere."),
    # services/auth.py, services/users.py
    QT_TRANSLATE_NOOP("errors", "Enter a user name."),
    # services/mail.py
    QT_TRANSLATE_NOOP("errors", "Enter at least one recipient address."),
    # services/settings.py
    QT_TRANSLATE_NOOP("errors", "Enter the company name: it heads every printed document."),
    # sync/connections.py
    QT_TRANSLATE_NOOP("errors", "Enter the consumer key the shop issued (WooCommerce → Settings → Advanced → REST API)."),
    # sync/connections.py
    QT_TRANSLATE_NOOP("errors", "Enter the django-oscar staff user the connection logs in as."),
    # services/mail.py
    QT_TRANSLATE_NOOP("errors", "Enter the mail server (SMTP host)."),
    # services/mail.py
    QT_TRANSLATE_NOOP("errors", "Enter the sender address in the mail settings: the user name {username} is not an e-mail address."),
    # sync/connections.py
    QT_TRANSLATE_NOOP("errors", "Enter the user name the site's 1C exchange accepts."),
    # exports/order_export_reader.py
    QT_TRANSLATE_NOOP("errors", "Expected a date such as 05.03.2026 14:30 or 2026-03-05 14:30."),
    # exports/pricelist_values.py
    QT_TRANSLATE_NOOP("errors", "Expected a pack size: the number of units in a pack, such as 12."),
    # exports/pricelist_values.py
    QT_TRANSLATE_NOOP("errors", "Expected a price such as 1 234,50 or 1234.50."),
    # exports/pricelist_values.py
    QT_TRANSLATE_NOOP("errors", "Expected a price with at most two decimal places."),
    # exports/order_export_reader.py
    QT_TRANSLATE_NOOP("errors", "Expected a quantity such as 2, 1,5 or -1 (negative for a return)."),
    # exports/order_export_reader.py
    QT_TRANSLATE_NOOP("errors", "Expected a quantity with at most three decimal places."),
    # exports/pricelist_values.py
    QT_TRANSLATE_NOOP("errors", "Expected a stock quantity: a number, a bound such as >10, or a word such as 'много' or 'нет'."),
    # exports/order_export_reader.py
    QT_TRANSLATE_NOOP("errors", "Expected an amount such as 1 234,50 or -27.50."),
    # exports/order_export_reader.py
    QT_TRANSLATE_NOOP("errors", "Expected the unit price or the line total."),
    # services/stock_documents.py
    QT_TRANSLATE_NOOP("errors", "Give a reason for adjusting {sku}."),
    # services/report_presets.py
    QT_TRANSLATE_NOOP("errors", "Give the preset a name."),
    # services/receiving.py
    QT_TRANSLATE_NOOP("errors", "Give the reason for reversing the receipt."),
    # services/receiving.py
    QT_TRANSLATE_NOOP("errors", "Give the reason the units of {sku} are damaged."),
    # sync/connections.py
    QT_TRANSLATE_NOOP("errors", "Give the shop connection a name."),
    # services/users.py
    QT_TRANSLATE_NOOP("errors", "Give the user at least one role."),
    # services/product_cards/history.py
    QT_TRANSLATE_NOOP("errors", "History entry #{entry_id} does not exist."),
    # services/product_cards/history.py
    QT_TRANSLATE_NOOP("errors", "History entry #{entry_id} is not about this product."),
    # services/stock_documents.py
    QT_TRANSLATE_NOOP("errors", "Lines of a stock count are entered by counting, not added by hand."),
    # services/stock_documents.py
    QT_TRANSLATE_NOOP("errors", "Location #{location_id} does not exist."),
    # services/mail.py
    QT_TRANSLATE_NOOP("errors", "Mail to {host} without encryption is refused: the password and the documents would travel in clear. Choose STARTTLS or SSL; plain SMTP is only for a relay on this computer."),
    # services/sales_import.py
    QT_TRANSLATE_NOOP("errors", "Name the source of the orders (for example, website)."),
    # services/product_cards/variants.py
    QT_TRANSLATE_NOOP("errors", "Name the variant axes (e.g. Size, Colour) before adding variants."),
    # sync/connections.py
    QT_TRANSLATE_NOOP("errors", "No consumer secret for the shop connection '{name}' on this computer: enter it in Settings → Shop connection, or set the environment variable {variable}."),
    # sync/connections.py
    QT_TRANSLATE_NOOP("errors", "No exchange password for the shop connection '{name}' on this computer: enter it in Settings → Shop website, or set the environment variable {variable}."),
    # exports/pricelist_header.py
    QT_TRANSLATE_NOOP("errors", "No header row found in {file}: none of the first {rows} rows of any sheet has captions such as Артикул/SKU or Наименование/Name together with Цена/Price. Choose the header row and the columns by hand."),
    # exports/order_export_reader.py
    QT_TRANSLATE_NOOP("errors", "No header row found in {file}: none of the first {rows} rows of any sheet has captions such as Номер заказа/Order, Дата/Date, Артикул/SKU, Количество/Quantity and Цена/Price. Choose the header row and the columns by hand."),
    # sync/connections.py
    QT_TRANSLATE_NOOP("errors", "No password of the django-oscar user for the shop connection '{name}' on this computer: enter it in Settings → Shop website, or set the environment variable {variable}."),
    # services/mail.py
    QT_TRANSLATE_NOOP("errors", "No secure connection to the mail server {server} ({reason}): check the security setting and the port (SSL is usually 465, STARTTLS 587)."),
    # sync/connections.py
    QT_TRANSLATE_NOOP("errors", "No shop connection is set up yet: add one in Settings → Shop connection."),
    # services/pricelists.py
    QT_TRANSLATE_NOOP("errors", "No supplier named '{name}'. Suppliers: {names}."),
    # cli/users.py
    QT_TRANSLATE_NOOP("errors", "No user named '{username}'."),
    # services/supplier_returns.py
    QT_TRANSLATE_NOOP("errors", "None of the selected goods can be returned: they are not in the bins, or no supplier delivered them."),
    # services/stock.py
    QT_TRANSLATE_NOOP("errors", "Not enough stock of {sku} in {location}: {on_hand} on hand, {needed} needed."),
    # services/barcodes.py
    QT_TRANSLATE_NOOP("errors", "Nothing was scanned."),
    # services/attribute_sets.py
    QT_TRANSLATE_NOOP("errors", "Only a choice list has choices; '{name}' is not a choice list."),
    # services/attribute_sets.py
    QT_TRANSLATE_NOOP("errors", "Only a number attribute has a unit; '{name}' is not a number."),
    # services/catalog_bulk.py
    QT_TRANSLATE_NOOP("errors", "Only the last bulk change can be undone, and only once."),
    # services/supplier_returns.py
    QT_TRANSLATE_NOOP("errors", "Only {on_hand} of {sku} are left in {location}; the {quantity} damaged units of receipt {number} are no longer all there to return."),
    # services/receiving.py
    QT_TRANSLATE_NOOP("errors", "Only {received} of {sku} arrived on this line; {quantity} can't be damaged."),
    # exports/order_export_reader.py
    QT_TRANSLATE_NOOP("errors", "Order {order} has the status '{status}' in row {row}; all lines of an order have its status."),
    # exports/order_export_reader.py
    QT_TRANSLATE_NOOP("errors", "Order {order} is dated {date} in row {row}; all lines of an order have its date."),
    # services/photos.py
    QT_TRANSLATE_NOOP("errors", "Photos of several products can't be deleted in one step."),
    # services/stock_documents.py
    QT_TRANSLATE_NOOP("errors", "Post a stock count with its variance report."),
    # services/dead_stock.py
    QT_TRANSLATE_NOOP("errors", "Prices are rounded to 0.01, 1, 10 or 100, not {step}."),
    # services/buyer_view.py, services/catalog.py, services/completeness.py, services/dead_stock.py, services/photos.py, services/product_cards/card.py, services/product_cards/save.py, services/purchasing.py, services/receiving.py, services/stock_documents.py, services/suppliers.py
    QT_TRANSLATE_NOOP("errors", "Product #{product_id} does not exist."),
    # services/pricelists.py
    QT_TRANSLATE_NOOP("errors", "Product #{product_id} no longer exists; analyse the price list again."),
    # services/reports/sales.py
    QT_TRANSLATE_NOOP("errors", "Product {product_id} no longer exists."),
    # exports/labels.py
    QT_TRANSLATE_NOOP("errors", "Product {sku} has no barcode to print."),
    # services/catalog.py
    QT_TRANSLATE_NOOP("errors", "Product {sku} was changed by someone else (version {version}, you edited version {expected_version}). Reload it and decide again."),
    # services/catalog_excel.py
    QT_TRANSLATE_NOOP("errors", "Product {sku} was saved by someone else after the export; export the catalog again and repeat this row's changes."),
    # services/catalog_excel.py
    QT_TRANSLATE_NOOP("errors", "Product {sku} was saved by someone else after the file was checked; check the file again. Nothing was written."),
    # services/purchase_queries.py, services/purchasing.py, services/receiving.py
    QT_TRANSLATE_NOOP("errors", "Purchase order #{order_id} does not exist."),
    # services/purchasing.py
    QT_TRANSLATE_NOOP("errors", "Purchase order line #{line_id} does not exist."),
    # services/receiving.py
    QT_TRANSLATE_NOOP("errors", "Purchase order {number} has been received in full."),
    # exports/purchase_order_pdf.py, exports/purchase_order_xlsx.py
    QT_TRANSLATE_NOOP("errors", "Purchase order {number} has no lines to print."),
    # services/purchasing.py
    QT_TRANSLATE_NOOP("errors", "Purchase order {number} has no lines; add what to order first."),
    # services/purchasing.py
    QT_TRANSLATE_NOOP("errors", "Purchase order {number} has {count} line(s) without a price."),
    # services/receiving.py
    QT_TRANSLATE_NOOP("errors", "Purchase order {number} is cancelled: goods can't be received against it."),
    # services/receiving.py
    QT_TRANSLATE_NOOP("errors", "Purchase order {number} is closed: goods can't be received against it."),
    # services/receiving.py
    QT_TRANSLATE_NOOP("errors", "Purchase order {number} is not approved and sent yet ({state}): goods can't be received against it."),
    # services/purchasing.py
    QT_TRANSLATE_NOOP("errors", "Purchase order {number} is not waiting for approval."),
    # services/purchasing.py
    QT_TRANSLATE_NOOP("errors", "Purchase order {number} is {state} and can't be sent now."),
    # services/purchasing.py
    QT_TRANSLATE_NOOP("errors", "Purchase order {number} is {state}: goods have arrived against it; close it instead of cancelling."),
    # services/purchasing.py
    QT_TRANSLATE_NOOP("errors", "Purchase order {number} is {state}: only drafts can be edited; change a sent order by a revision."),
    # services/purchasing.py
    QT_TRANSLATE_NOOP("errors", "Purchase order {number} is {state}; only received or partly received orders close."),
    # services/purchasing.py
    QT_TRANSLATE_NOOP("errors", "Purchase order {number} is {state}; only sent orders are revised."),
    # services/purchasing.py
    QT_TRANSLATE_NOOP("errors", "Purchase order {number} totals {amount}, above {limit}: it needs a manager's approval before sending."),
    # services/purchasing.py
    QT_TRANSLATE_NOOP("errors", "Purchase order {number} was changed by someone else meanwhile; reopen it to see the changes."),
    # services/receiving.py, services/supplier_returns.py
    QT_TRANSLATE_NOOP("errors", "Receipt #{receipt_id} does not exist."),
    # services/receiving.py
    QT_TRANSLATE_NOOP("errors", "Receipt line #{line_id} does not exist."),
    # exports/receipt_pdf.py
    QT_TRANSLATE_NOOP("errors", "Receipt {number} has no discrepancies to print."),
    # exports/receipt_pdf.py
    QT_TRANSLATE_NOOP("errors", "Receipt {number} has no lines to print."),
    # services/supplier_returns.py
    QT_TRANSLATE_NOOP("errors", "Receipt {number} is a draft: post it before returning its damaged units to the supplier."),
    # services/supplier_returns.py
    QT_TRANSLATE_NOOP("errors", "Receipt {number} is a reversal: there is nothing to return to the supplier."),
    # services/receiving.py
    QT_TRANSLATE_NOOP("errors", "Receipt {number} is already posted."),
    # services/receiving.py
    QT_TRANSLATE_NOOP("errors", "Receipt {number} is cancelled and can't be changed."),
    # services/receiving.py
    QT_TRANSLATE_NOOP("errors", "Receipt {number} is cancelled and can't be posted."),
    # services/supplier_returns.py
    QT_TRANSLATE_NOOP("errors", "Receipt {number} is cancelled: nothing was received to return."),
    # services/receiving.py
    QT_TRANSLATE_NOOP("errors", "Receipt {number} is empty: scan or add the goods that arrived."),
    # services/receiving.py
    QT_TRANSLATE_NOOP("errors", "Receipt {number} is itself a reversal and can't be reversed."),
    # services/receiving.py
    QT_TRANSLATE_NOOP("errors", "Receipt {number} is not posted: change or cancel the draft instead."),
    # services/receiving.py
    QT_TRANSLATE_NOOP("errors", "Receipt {number} is posted and can't be changed; correct it with a reversing receipt."),
    # services/supplier_returns.py
    QT_TRANSLATE_NOOP("errors", "Receipt {number} put no damaged units into quarantine: there is nothing to return."),
    # services/receiving.py
    QT_TRANSLATE_NOOP("errors", "Receipt {number} was already reversed by {reversal}."),
    # services/receiving.py
    QT_TRANSLATE_NOOP("errors", "Receipt {number} was changed on another workstation (version {version}, you saw version {expected_version}). Check it again before posting."),
    # services/supplier_returns.py
    QT_TRANSLATE_NOOP("errors", "Receipt {number} was reversed by {reversal}: its damaged units already went back with it."),
    # exports/report_pdf.py
    QT_TRANSLATE_NOOP("errors", "Report '{name}' has no columns to print."),
    # exports/report_pdf.py
    QT_TRANSLATE_NOOP("errors", "Row {row} of report '{name}' has {count} values for {columns} columns."),
    # services/completeness.py
    QT_TRANSLATE_NOOP("errors", "SEO fields"),
    # exports/order_export_reader.py
    QT_TRANSLATE_NOOP("errors", "SKU"),
    # services/catalog_bulk.py
    QT_TRANSLATE_NOOP("errors", "Say how the prices change: by a percentage or by an amount."),
    # services/purchasing.py
    QT_TRANSLATE_NOOP("errors", "Say why the order changes: the revision is recorded with its reason."),
    # services/purchasing.py
    QT_TRANSLATE_NOOP("errors", "Say why the order is sent back, so its author knows what to change."),
    # services/stock_documents.py
    QT_TRANSLATE_NOOP("errors", "Scan a barcode."),
    # services/barcodes.py
    QT_TRANSLATE_NOOP("errors", "Scan or type the barcode after the quantity ({quantity}*)."),
    # services/dead_stock.py, services/supplier_returns.py
    QT_TRANSLATE_NOOP("errors", "Select the goods first."),
    # services/stock_documents.py
    QT_TRANSLATE_NOOP("errors", "Stock count {number} has no lines: count some goods first."),
    # services/stock_documents.py
    QT_TRANSLATE_NOOP("errors", "Stock document #{document_id} does not exist."),
    # services/pricelists.py, services/purchasing.py, services/receiving.py, services/suppliers.py
    QT_TRANSLATE_NOOP("errors", "Supplier #{supplier_id} does not exist."),
    # services/suppliers.py
    QT_TRANSLATE_NOOP("errors", "Supplier offer #{offer_id} does not exist."),
    # services/suppliers.py
    QT_TRANSLATE_NOOP("errors", "Supplier {name} has {count} open purchase order(s); receive, close or cancel them before archiving."),
    # services/suppliers.py
    QT_TRANSLATE_NOOP("errors", "Supplier {name} was changed by someone else meanwhile; revert to see the changes."),
    # services/purchasing.py
    QT_TRANSLATE_NOOP("errors", "Supplier {supplier} is archived; restore it before ordering."),
    # sync/commerceml_connector.py
    QT_TRANSLATE_NOOP("errors", "The CommerceML exchange gives no way to read the site's stock and prices, so this connection can't be compared; push sends our values again instead."),
    # sync/commerceml_connector.py
    QT_TRANSLATE_NOOP("errors", "The CommerceML exchange needs both the user name and the password."),
    # sync/commerceml/writer.py
    QT_TRANSLATE_NOOP("errors", "The CommerceML exchange needs the company name (the catalogue's owner)."),
    # sync/commerceml/writer.py
    QT_TRANSLATE_NOOP("errors", "The CommerceML id '{value}' must have 1 to 40 characters."),
    # services/barcodes.py
    QT_TRANSLATE_NOOP("errors", "The GS1 code could not be read."),
    # services/barcodes.py
    QT_TRANSLATE_NOOP("errors", "The GS1 code has no GTIN (AI 01)."),
    # services/product_cards/validation.py
    QT_TRANSLATE_NOOP("errors", "The SKU {sku} already belongs to '{name}'."),
    # services/catalog_excel.py
    QT_TRANSLATE_NOOP("errors", "The SKU {sku} is also given in row {row}."),
    # services/product_cards/variants.py
    QT_TRANSLATE_NOOP("errors", "The SKU {sku} is used by two variants of this card."),
    # services/mail.py
    QT_TRANSLATE_NOOP("errors", "The SMTP port must be from 1 to 65535, not {port}."),
    # services/product_cards/slugs.py
    QT_TRANSLATE_NOOP("errors", "The URL slug '{slug}' belongs to another product; '{suggestion}' is free."),
    # sync/woocommerce.py
    QT_TRANSLATE_NOOP("errors", "The WooCommerce consumer key and secret are both needed."),
    # services/reports/registry.py
    QT_TRANSLATE_NOOP("errors", "The X boundary can't be above the Y boundary."),
    # services/auth.py
    QT_TRANSLATE_NOOP("errors", "The account {username} is disabled. Ask an administrator."),
    # db.py
    QT_TRANSLATE_NOOP("errors", "The backup copy can't overwrite the store itself."),
    # exports/labels.py
    QT_TRANSLATE_NOOP("errors", "The barcode '{barcode}' of {sku} can't be printed as Code 128: use Latin letters, digits and signs only."),
    # services/product_cards/validation.py
    QT_TRANSLATE_NOOP("errors", "The barcode {code} already belongs to product {sku}."),
    # services/receiving.py
    QT_TRANSLATE_NOOP("errors", "The barcode {code} already belongs to {sku}."),
    # services/product_cards/validation.py
    QT_TRANSLATE_NOOP("errors", "The barcode {code} has a wrong check digit: it should end in {digit}."),
    # services/product_cards/validation.py, services/product_cards/variants.py
    QT_TRANSLATE_NOOP("errors", "The barcode {code} is listed twice."),
    # services/reports/registry.py
    QT_TRANSLATE_NOOP("errors", "The brand no longer exists."),
    # services/catalog_bulk.py
    QT_TRANSLATE_NOOP("errors", "The bulk change {tag} does not exist."),
    # services/attribute_sets.py
    QT_TRANSLATE_NOOP("errors", "The category '{category}' already has an attribute '{name}'."),
    # services/reports/data.py, services/reports/registry.py
    QT_TRANSLATE_NOOP("errors", "The category no longer exists."),
    # services/mail.py
    QT_TRANSLATE_NOOP("errors", "The certificate of the mail server {server} can't be trusted: {reason}."),
    # services/barcodes.py
    QT_TRANSLATE_NOOP("errors", "The check digit of the GTIN in the code is wrong."),
    # services/barcodes.py
    QT_TRANSLATE_NOOP("errors", "The check digit of the barcode is wrong."),
    # services/attribute_sets.py
    QT_TRANSLATE_NOOP("errors", "The choice '{choice}' is listed twice in '{name}'."),
    # services/attribute_sets.py
    QT_TRANSLATE_NOOP("errors", "The choice '{choice}' of '{name}' is chosen on {count} product(s); it can't be renamed or removed while they use it."),
    # services/attribute_sets.py
    QT_TRANSLATE_NOOP("errors", "The choice list '{name}' needs at least one choice."),
    # services/barcodes.py
    QT_TRANSLATE_NOOP("errors", "The code has characters a barcode can't have."),
    # services/barcodes.py
    QT_TRANSLATE_NOOP("errors", "The code is too long for a barcode."),
    # exports/order_export_reader.py
    QT_TRANSLATE_NOOP("errors", "The columns set for this source don't fit {file}: no sheet has the header ({captions}) in row {row} or in its first {rows} rows. Choose the header row and the columns again."),
    # exports/pricelist_header.py
    QT_TRANSLATE_NOOP("errors", "The columns set for this supplier's price list don't fit {file}: no sheet has the header ({captions}) in row {row} or in its first {rows} rows. Choose the header row and the columns again."),
    # services/supplier_returns.py
    QT_TRANSLATE_NOOP("errors", "The damaged units of receipt {number} were already returned with {return_number}."),
    # services/reorder.py
    QT_TRANSLATE_NOOP("errors", "The days to cover can't be negative ({days})."),
    # services/demo.py
    QT_TRANSLATE_NOOP("errors", "The demo needs at least one product."),
    # services/mail.py
    QT_TRANSLATE_NOOP("errors", "The e-mail address '{address}' has non-Latin letters before the @, which most mail servers can't deliver."),
    # cli/sync.py, cli/users.py
    QT_TRANSLATE_NOOP("errors", "The environment variable {name} is empty or not set."),
    # sync/commerceml/client.py
    QT_TRANSLATE_NOOP("errors", "The exchange address {url} uses plain HTTP, which would send the password unencrypted; use https:// (plain HTTP is allowed only to this computer)."),
    # services/purchasing.py
    QT_TRANSLATE_NOOP("errors", "The expected delivery date {date} is before the order was made."),
    # sync/feed_connector.py, sync/feeds/atomic.py
    QT_TRANSLATE_NOOP("errors", "The feed folder {folder} does not exist."),
    # services/photos.py
    QT_TRANSLATE_NOOP("errors", "The file can't be read: {reason}"),
    # services/catalog_excel.py
    QT_TRANSLATE_NOOP("errors", "The file has {count} errors; correct them and import again. Nothing was written."),
    # services/photo_images.py
    QT_TRANSLATE_NOOP("errors", "The file is empty."),
    # services/photo_images.py, services/receiving.py
    QT_TRANSLATE_NOOP("errors", "The file is not a picture (JPEG, PNG, WebP, GIF, TIFF…)."),
    # services/photo_images.py
    QT_TRANSLATE_NOOP("errors", "The file is too large ({size} MB); the limit is {limit} MB."),
    # exports/pricelist_sheets.py
    QT_TRANSLATE_NOOP("errors", "The file {file} does not exist."),
    # exports/pricelist_sheets.py
    QT_TRANSLATE_NOOP("errors", "The file {file} is empty."),
    # cli/users.py
    QT_TRANSLATE_NOOP("errors", "The first user of a store must be an administrator (--role admin)."),
    # db.py
    QT_TRANSLATE_NOOP("errors", "The folder {folder} does not exist."),
    # exports/column_mapping.py
    QT_TRANSLATE_NOOP("errors", "The header row must be 1 or more, not {row}."),
    # exports/order_export_reader.py
    QT_TRANSLATE_NOOP("errors", "The line total doesn't agree with quantity × price − discount = {expected}; check that the columns are the right ones."),
    # services/mail.py
    QT_TRANSLATE_NOOP("errors", "The mail account {username} on {host} needs a password: save it in Settings or set the environment variable {variable}."),
    # services/mail.py
    QT_TRANSLATE_NOOP("errors", "The mail server {host} was not found: check the host name."),
    # services/mail.py
    QT_TRANSLATE_NOOP("errors", "The mail server {server} closed the connection unexpectedly: check the port and the security setting."),
    # services/mail.py
    QT_TRANSLATE_NOOP("errors", "The mail server {server} did not answer within {seconds} s: check the port and the security setting (SSL is usually 465, STARTTLS 587)."),
    # services/mail.py
    QT_TRANSLATE_NOOP("errors", "The mail server {server} does not accept a login here ({reason}): check the security setting, or clear the user name."),
    # services/mail.py
    QT_TRANSLATE_NOOP("errors", "The mail server {server} does not offer STARTTLS: choose SSL (usually port 465) or check the port."),
    # services/mail.py
    QT_TRANSLATE_NOOP("errors", "The mail server {server} refused the connection: check the host and the port."),
    # services/mail.py
    QT_TRANSLATE_NOOP("errors", "The mail server {server} refused the recipients ({reasons})."),
    # services/mail.py
    QT_TRANSLATE_NOOP("errors", "The mail server {server} refused the sender address {sender} ({reason})."),
    # services/mail.py
    QT_TRANSLATE_NOOP("errors", "The mail server {server} refused: {reason}."),
    # services/mail.py
    QT_TRANSLATE_NOOP("errors", "The mail server {server} rejected the user name {username} or its password."),
    # services/mail.py
    QT_TRANSLATE_NOOP("errors", "The mail timeout must be from 1 to {maximum} seconds, not {timeout}."),
    # services/receiving.py
    QT_TRANSLATE_NOOP("errors", "The marking code {code} is not on this receipt."),
    # services/mail.py
    QT_TRANSLATE_NOOP("errors", "The message was sent, but the mail server {server} refused these recipients: {recipients}."),
    # exports/labels.py
    QT_TRANSLATE_NOOP("errors", "The number of labels for {sku} must be a whole number."),
    # exports/labels.py
    QT_TRANSLATE_NOOP("errors", "The number of labels for {sku} must be from 1 to {limit}, not {copies}."),
    # services/demo.py
    QT_TRANSLATE_NOOP("errors", "The number of orders and photos can't be negative."),
    # services/completeness.py
    QT_TRANSLATE_NOOP("errors", "The number of photos and of description characters can't be negative."),
    # services/product_cards/validation.py
    QT_TRANSLATE_NOOP("errors", "The old price ({old}) must be higher than the retail price ({price}), or empty."),
    # services/sales_import.py
    QT_TRANSLATE_NOOP("errors", "The order export {file} has {count} rows with errors; correct them in the file and import it again, or leave those orders out."),
    # exports/pricelist_values.py
    QT_TRANSLATE_NOOP("errors", "The pack size must be more than zero."),
    # services/auth.py
    QT_TRANSLATE_NOOP("errors", "The password must be at least {min_length} characters long."),
    # services/auth.py
    QT_TRANSLATE_NOOP("errors", "The password must not start or end with a space."),
    # services/mail.py
    QT_TRANSLATE_NOOP("errors", "The password store (keyring) failed: {reason}. Set the environment variable {variable} to the mail password instead."),
    # sync/connections.py
    QT_TRANSLATE_NOOP("errors", "The password store (keyring) failed: {reason}. Set the environment variable {variable} to the shop secret instead."),
    # cli/users.py
    QT_TRANSLATE_NOOP("errors", "The passwords differ."),
    # services/reports/registry.py
    QT_TRANSLATE_NOOP("errors", "The period starts on {start} after it ends on {end}."),
    # services/receiving.py
    QT_TRANSLATE_NOOP("errors", "The photo file is empty."),
    # services/receiving.py
    QT_TRANSLATE_NOOP("errors", "The photo is too large ({size} MB); the limit is {limit} MB."),
    # services/receiving.py
    QT_TRANSLATE_NOOP("errors", "The photo of the damage was not found in the store."),
    # services/photos.py
    QT_TRANSLATE_NOOP("errors", "The photo was deleted meanwhile; reload the product's photos."),
    # services/photos.py
    QT_TRANSLATE_NOOP("errors", "The photos of {sku} were changed meanwhile; reload them and try again."),
    # services/photo_images.py, services/receiving.py
    QT_TRANSLATE_NOOP("errors", "The picture is damaged or incomplete and can't be read: {detail}"),
    # services/photo_images.py, services/receiving.py
    QT_TRANSLATE_NOOP("errors", "The picture is too large to open safely ({width}×{height} pixels); it may be a decompression bomb."),
    # services/photo_images.py, services/receiving.py
    QT_TRANSLATE_NOOP("errors", "The picture is too large to open safely; it may be a decompression bomb."),
    # exports/pricelist_reader.py
    QT_TRANSLATE_NOOP("errors", "The price column '{caption}' (sheet '{sheet}', row {row}, column {column}) of {file} is in {found}, but this supplier's prices are in {expected}. Import a list in {expected}, or change the supplier's currency."),
    # exports/pricelist_reader.py
    QT_TRANSLATE_NOOP("errors", "The price is in {found}, but this supplier's prices are in {expected}."),
    # exports/pricelist_values.py
    QT_TRANSLATE_NOOP("errors", "The price is too large."),
    # services/pricelists.py
    QT_TRANSLATE_NOOP("errors", "The price list {file} has {count} rows with errors; correct them in the file and import it again, or leave those rows out."),
    # exports/labels.py
    QT_TRANSLATE_NOOP("errors", "The price of {sku} is negative."),
    # services/catalog_excel.py
    QT_TRANSLATE_NOOP("errors", "The product is already in row {row}; each product may appear once."),
    # sync/connections.py
    QT_TRANSLATE_NOOP("errors", "The product page address '{pattern}' may hold only {{slug}}, {{sku}} and {{id}}."),
    # sync/connections.py
    QT_TRANSLATE_NOOP("errors", "The product page address '{pattern}' must start with https:// (e.g. https://shop.example.ru/product/{{slug}})."),
    # services/completeness.py
    QT_TRANSLATE_NOOP("errors", "The publish threshold is a percentage from 0 to 100, not {value}."),
    # exports/order_export_reader.py, exports/pricelist_values.py
    QT_TRANSLATE_NOOP("errors", "The quantity is too large."),
    # services/receiving.py
    QT_TRANSLATE_NOOP("errors", "The quantity must be a number."),
    # services/barcodes.py, services/receiving.py, services/stock_documents.py
    QT_TRANSLATE_NOOP("errors", "The quantity must be more than zero, not {quantity}."),
    # services/stock_documents.py
    QT_TRANSLATE_NOOP("errors", "The reason is too long (at most 200 characters)."),
    # services/reports/registry.py
    QT_TRANSLATE_NOOP("errors", "The report '{report}' has no option '{option}'."),
    # services/reports/summary.py
    QT_TRANSLATE_NOOP("errors", "The report tables were built for the time zone {built}, but the shop's time zone is now {zone}: they need rebuilding before reports can run."),
    # services/purchasing.py
    QT_TRANSLATE_NOOP("errors", "The revision changes nothing."),
    # services/pricelists.py
    QT_TRANSLATE_NOOP("errors", "The row '{key}' is not among the rows of the price list that can be imported."),
    # services/reorder.py
    QT_TRANSLATE_NOOP("errors", "The sales window must be at least one day, not {days}."),
    # exports/order_export_reader.py
    QT_TRANSLATE_NOOP("errors", "The saved order export mapping names an unknown column kind '{kind}'."),
    # exports/pricelist_model.py
    QT_TRANSLATE_NOOP("errors", "The saved price list mapping names an unknown column kind '{kind}'."),
    # services/barcodes.py
    QT_TRANSLATE_NOOP("errors", "The serial number in the code is too long."),
    # exports/pricelist_header.py
    QT_TRANSLATE_NOOP("errors", "The sheet '{sheet}' of {file} is empty."),
    # sync/http.py
    QT_TRANSLATE_NOOP("errors", "The shop address {url} uses plain HTTP: the keys would travel unencrypted. Use https://."),
    # sync/connections.py
    QT_TRANSLATE_NOOP("errors", "The shop connection '{name}' is switched off; switch it on in Settings."),
    # sync/connections.py
    QT_TRANSLATE_NOOP("errors", "The shop timeout must be from 1 to {maximum} seconds, not {timeout}."),
    # sync/commerceml/client.py
    QT_TRANSLATE_NOOP("errors", "The site answered the {step} step with HTTP {status}: {message}"),
    # sync/commerceml/client.py
    QT_TRANSLATE_NOOP("errors", "The site answered the {step} step with something that is not the exchange protocol: {answer}"),
    # sync/commerceml/client.py
    QT_TRANSLATE_NOOP("errors", "The site answered the {step} step without a session cookie: {answer}"),
    # sync/commerceml/client.py
    QT_TRANSLATE_NOOP("errors", "The site could not be reached at the {step} step: {reason}"),
    # sync/commerceml/client.py
    QT_TRANSLATE_NOOP("errors", "The site did not answer the {step} step in time ({reason})."),
    # sync/commerceml/client.py
    QT_TRANSLATE_NOOP("errors", "The site refused part {part} of {filename} at the {step} step: {message}"),
    # sync/commerceml/client.py
    QT_TRANSLATE_NOOP("errors", "The site refused the login at the {step} step (HTTP {status}); check the exchange user name and password."),
    # sync/commerceml/client.py
    QT_TRANSLATE_NOOP("errors", "The site refused the {step} step: {message}"),
    # sync/commerceml/client.py
    QT_TRANSLATE_NOOP("errors", "The site refused to import {filename}: {message}"),
    # sync/commerceml/client.py
    QT_TRANSLATE_NOOP("errors", "The site was still importing {filename} after {seconds} s; the last progress answer said: {message}"),
    # sync/commerceml/client.py
    QT_TRANSLATE_NOOP("errors", "The site was still importing {filename} after {steps} progress answers; the last said: {message}"),
    # sync/oscar.py, sync/woocommerce.py
    QT_TRANSLATE_NOOP("errors", "The site {url} answered HTTP {status} to {path}: {message}"),
    # sync/woocommerce.py
    QT_TRANSLATE_NOOP("errors", "The site {url} answered something that is not a WooCommerce list: {text}"),
    # sync/oscar.py
    QT_TRANSLATE_NOOP("errors", "The site {url} answered {path} with something that is not JSON: {text}"),
    # sync/woocommerce.py
    QT_TRANSLATE_NOOP("errors", "The site {url} answered {path} with something that is not a batch result: {text}"),
    # sync/oscar.py
    QT_TRANSLATE_NOOP("errors", "The site {url} answered {path} with something that is not a list: {text}"),
    # sync/http.py
    QT_TRANSLATE_NOOP("errors", "The site {url} asks to wait {seconds} s before the next request; nothing is lost: the next run takes up from here."),
    # sync/http.py
    QT_TRANSLATE_NOOP("errors", "The site {url} did not answer properly after {attempts} tries: {problem}. Nothing is lost: the next run takes up from here."),
    # sync/http.py
    QT_TRANSLATE_NOOP("errors", "The site {url} refused the keys (HTTP {status}): {message}"),
    # sync/http.py
    QT_TRANSLATE_NOOP("errors", "The site {url} shows a certificate this computer does not trust ({reason}); ask the site's host for a valid certificate."),
    # sync/commerceml/reader.py
    QT_TRANSLATE_NOOP("errors", "The site's offers"),
    # sync/commerceml/reader.py
    QT_TRANSLATE_NOOP("errors", "The site's orders"),
    # exports/pricelist_values.py
    QT_TRANSLATE_NOOP("errors", "The stock can't be negative."),
    # exports/pricelist_model.py
    QT_TRANSLATE_NOOP("errors", "The stock counted for 'много' must be 1 or more, not {value}."),
    # db.py
    QT_TRANSLATE_NOOP("errors", "The store address is empty."),
    # services/demo.py
    QT_TRANSLATE_NOOP("errors", "The store already has demo data / products ({count} products); demo data is generated only into an empty catalog. Use a new store file."),
    # services/demo.py
    QT_TRANSLATE_NOOP("errors", "The store already has demo data / products."),
    # services/auth.py
    QT_TRANSLATE_NOOP("errors", "The store already has users; log in instead."),
    # services/change_feed.py
    QT_TRANSLATE_NOOP("errors", "The store can't be reached: {error}"),
    # db.py
    QT_TRANSLATE_NOOP("errors", "The store file {path} is damaged ({reason}). Restore it from a backup copy."),
    # db.py
    QT_TRANSLATE_NOOP("errors", "The store file {path} is locked by another program. Close it and try again."),
    # cli/store.py
    QT_TRANSLATE_NOOP("errors", "The store has no users yet; create an administrator first."),
    # services/demo.py
    QT_TRANSLATE_NOOP("errors", "The store has users but no active administrator; demo users can't be created."),
    # db.py
    QT_TRANSLATE_NOOP("errors", "The store {store} needs an upgrade (schema {schema} → {head}); run 'backoffice migrate'."),
    # db.py
    QT_TRANSLATE_NOOP("errors", "The store {store} was written by a newer version of Back Office (schema {schema}). Update the application to open it."),
    # services/reports/registry.py
    QT_TRANSLATE_NOOP("errors", "The supplier no longer exists."),
    # services/settings.py
    QT_TRANSLATE_NOOP("errors", "The tax id (ИНН) must be 10 or 12 digits."),
    # services/settings.py
    QT_TRANSLATE_NOOP("errors", "The tax reason code (КПП) must be 9 digits."),
    # exports/report_pdf.py
    QT_TRANSLATE_NOOP("errors", "The totals of report '{name}' have {count} values for {columns} columns."),
    # services/users.py
    QT_TRANSLATE_NOOP("errors", "The user name '{username}' is already taken."),
    # services/users.py
    QT_TRANSLATE_NOOP("errors", "The user name is longer than 64 characters."),
    # services/product_cards/variants.py
    QT_TRANSLATE_NOOP("errors", "The variant axes must have different names."),
    # services/product_cards/history.py
    QT_TRANSLATE_NOOP("errors", "The variant of this change was removed from the card."),
    # services/suppliers.py
    QT_TRANSLATE_NOOP("errors", "The {field} is a number of days from 0 to {limit}, not {days}."),
    # services/suppliers.py
    QT_TRANSLATE_NOOP("errors", "The {field} is too long: at most {limit} characters."),
    # services/suppliers.py
    QT_TRANSLATE_NOOP("errors", "The {field} must be more than zero, not {quantity}."),
    # services/purchasing.py
    QT_TRANSLATE_NOOP("errors", "The {what} can't be negative ({value})."),
    # services/product_cards/validation.py
    QT_TRANSLATE_NOOP("errors", "The {what} can't be negative."),
    # services/product_cards/validation.py
    QT_TRANSLATE_NOOP("errors", "The {what} has {length} characters; at most {limit} are allowed."),
    # exports/labels.py
    QT_TRANSLATE_NOOP("errors", "There are no labels to print."),
    # sync/connections.py
    QT_TRANSLATE_NOOP("errors", "There are several shop connections ({names}); name the one to use."),
    # services/suppliers.py
    QT_TRANSLATE_NOOP("errors", "There is already a supplier named '{name}' in the archive; restore it instead."),
    # services/suppliers.py
    QT_TRANSLATE_NOOP("errors", "There is already a supplier named '{name}'."),
    # sync/woocommerce.py
    QT_TRANSLATE_NOOP("errors", "There is no WooCommerce REST API at {url} (HTTP 404 for {path})."),
    # cli/catalog.py, services/catalog_excel.py
    QT_TRANSLATE_NOOP("errors", "There is no brand '{value}'; expected a brand the catalog has."),
    # services/catalog_excel.py
    QT_TRANSLATE_NOOP("errors", "There is no category '{value}'; expected a category path as exported, e.g. 'Parent / Child'."),
    # sync/oscar.py
    QT_TRANSLATE_NOOP("errors", "There is no django-oscar-api admin API at {url} (HTTP 404 for {path}): check the address and that the site sets OSCARAPI_BLOCK_ADMIN_API_ACCESS = False."),
    # sync/connections.py
    QT_TRANSLATE_NOOP("errors", "There is no shop connection named '{name}'."),
    # sync/connections.py, sync/engine.py
    QT_TRANSLATE_NOOP("errors", "There is no shop connection number {id}."),
    # services/product_cards/history.py
    QT_TRANSLATE_NOOP("errors", "This change can't be reverted from the card."),
    # services/mail.py
    QT_TRANSLATE_NOOP("errors", "This computer has no password store (keyring), so the mail password can't be saved. Set the environment variable {variable} to the password instead."),
    # sync/connections.py
    QT_TRANSLATE_NOOP("errors", "This computer has no password store (keyring), so the shop secret can't be saved. Set the environment variable {variable} to the secret instead."),
    # services/users.py
    QT_TRANSLATE_NOOP("errors", "This is the last active administrator; keep at least one."),
    # services/catalog_excel.py
    QT_TRANSLATE_NOOP("errors", "This row has no product ID; new products are added in the product card, and rows are copied with their hidden ID and Version columns."),
    # services/catalog_excel.py
    QT_TRANSLATE_NOOP("errors", "This row is not a product of the catalog (ID '{value}'); new products are added in the product card."),
    # services/reorder.py
    QT_TRANSLATE_NOOP("errors", "Tick at least one suggestion to order."),
    # services/auth.py
    QT_TRANSLATE_NOOP("errors", "Too many wrong passwords. Try again in {seconds} s."),
    # services/product_cards/variants.py
    QT_TRANSLATE_NOOP("errors", "Two variants are both {values}; each combination appears once."),
    # services/stock_documents.py
    QT_TRANSLATE_NOOP("errors", "Unknown barcode {barcode}: no product has it."),
    # exports/labels.py
    QT_TRANSLATE_NOOP("errors", "Unknown label layout '{layout}': use one of {choices}."),
    # services/mail.py
    QT_TRANSLATE_NOOP("errors", "Unknown mail security '{security}': choose STARTTLS, SSL or none."),
    # exports/order_export_reader.py
    QT_TRANSLATE_NOOP("errors", "Unknown order status; expected one such as new, processing, shipped, completed, cancelled, refunded (новый, в обработке, отправлен, выполнен, отменён, возврат)."),
    # services/reports/registry.py
    QT_TRANSLATE_NOOP("errors", "Unknown report '{report}'."),
    # services/settings.py
    QT_TRANSLATE_NOOP("errors", "Unknown setting '{key}'."),
    # sync/connections.py
    QT_TRANSLATE_NOOP("errors", "Unknown shop platform '{kind}'."),
    # exports/report_pdf.py
    QT_TRANSLATE_NOOP("errors", "Unknown time zone '{tz}'."),
    # services/reports/zones.py
    QT_TRANSLATE_NOOP("errors", "Unknown time zone '{zone}': set the shop's time zone in Settings."),
    # db.py
    QT_TRANSLATE_NOOP("errors", "Unsupported store type '{backend}' in '{address}': use an SQLite file or a postgresql:// address."),
    # services/users.py
    QT_TRANSLATE_NOOP("errors", "User #{user_id} does not exist."),
    # services/permissions.py
    QT_TRANSLATE_NOOP("errors", "User {username} is not allowed to {action}."),
    # services/purchasing.py
    QT_TRANSLATE_NOOP("errors", "VAT rate"),
    # services/product_cards/variants.py
    QT_TRANSLATE_NOOP("errors", "Variant #{variant_id} is not a variant of {sku}."),
    # services/product_cards/variants.py
    QT_TRANSLATE_NOOP("errors", "Variant {number} needs a value for each axis ({axes})."),
    # services/receiving.py
    QT_TRANSLATE_NOOP("errors", "Warehouse #{warehouse_id} does not exist."),
    # services/receiving.py
    QT_TRANSLATE_NOOP("errors", "Warehouse {warehouse} has no quarantine location; create one or send the damaged units to scrap."),
    # sync/feed_connector.py
    QT_TRANSLATE_NOOP("errors", "Writing the feeds to {folder} failed: {reason}"),
    # services/auth.py
    QT_TRANSLATE_NOOP("errors", "Wrong password. Too many wrong passwords: try again in {seconds} s."),
    # services/auth.py
    QT_TRANSLATE_NOOP("errors", "Wrong user name or password."),
    # services/reports/abc_xyz.py
    QT_TRANSLATE_NOOP("errors", "XYZ by month needs at least two whole months in the period."),
    # services/reports/abc_xyz.py
    QT_TRANSLATE_NOOP("errors", "XYZ by week needs at least two whole weeks in the period."),
    # services/users.py
    QT_TRANSLATE_NOOP("errors", "You can't disable your own account."),
    # services/purchasing.py
    QT_TRANSLATE_NOOP("errors", "You made purchase order {number}; another manager must approve it."),
    # services/purchasing.py
    QT_TRANSLATE_NOOP("errors", "a draft"),
    # services/completeness.py
    QT_TRANSLATE_NOOP("errors", "a longer description"),
    # services/suppliers.py
    QT_TRANSLATE_NOOP("errors", "address"),
    # services/permissions.py
    QT_TRANSLATE_NOOP("errors", "approve purchase orders"),
    # services/purchasing.py
    QT_TRANSLATE_NOOP("errors", "approved"),
    # services/purchasing.py
    QT_TRANSLATE_NOOP("errors", "awaiting approval"),
    # exports/order_export_reader.py, exports/pricelist_model.py
    QT_TRANSLATE_NOOP("errors", "barcode"),
    # services/purchasing.py
    QT_TRANSLATE_NOOP("errors", "cancelled"),
    # services/permissions.py
    QT_TRANSLATE_NOOP("errors", "change prices"),
    # services/permissions.py
    QT_TRANSLATE_NOOP("errors", "change settings"),
    # services/permissions.py
    QT_TRANSLATE_NOOP("errors", "change stock"),
    # services/landed_costs.py
    QT_TRANSLATE_NOOP("errors", "charge"),
    # services/purchasing.py
    QT_TRANSLATE_NOOP("errors", "closed"),
    # services/suppliers.py
    QT_TRANSLATE_NOOP("errors", "contact person"),
    # exports/order_export_reader.py
    QT_TRANSLATE_NOOP("errors", "customer"),
    # exports/order_export_reader.py
    QT_TRANSLATE_NOOP("errors", "customer e-mail"),
    # exports/order_export_reader.py
    QT_TRANSLATE_NOOP("errors", "discount"),
    # sync/oscar.py
    QT_TRANSLATE_NOOP("errors", "django-oscar at {url} refused the user '{user}' (HTTP {status}: {message}). Check the user name and password; the user must be staff and allowed to view partners, products and orders and to change stock records."),
    # services/suppliers.py
    QT_TRANSLATE_NOOP("errors", "e-mail"),
    # services/permissions.py
    QT_TRANSLATE_NOOP("errors", "edit product cards"),
    # services/product_cards/save.py
    QT_TRANSLATE_NOOP("errors", "height"),
    # services/permissions.py
    QT_TRANSLATE_NOOP("errors", "import website orders"),
    # services/product_cards/save.py
    QT_TRANSLATE_NOOP("errors", "keywords"),
    # services/suppliers.py
    QT_TRANSLATE_NOOP("errors", "lead time"),
    # services/product_cards/save.py
    QT_TRANSLATE_NOOP("errors", "length"),
    # exports/order_export_reader.py
    QT_TRANSLATE_NOOP("errors", "line total"),
    # services/completeness.py
    QT_TRANSLATE_NOOP("errors", "main photo"),
    # services/permissions.py
    QT_TRANSLATE_NOOP("errors", "manage purchasing"),
    # services/permissions.py
    QT_TRANSLATE_NOOP("errors", "manage users"),
    # services/completeness.py
    QT_TRANSLATE_NOOP("errors", "marketplace"),
    # services/catalog_excel.py, services/product_cards/save.py
    QT_TRANSLATE_NOOP("errors", "meta description"),
    # services/catalog_excel.py, services/product_cards/save.py
    QT_TRANSLATE_NOOP("errors", "meta title"),
    # services/suppliers.py
    QT_TRANSLATE_NOOP("errors", "minimum order amount"),
    # services/suppliers.py
    QT_TRANSLATE_NOOP("errors", "minimum order quantity"),
    # services/completeness.py
    QT_TRANSLATE_NOOP("errors", "more photos"),
    # exports/pricelist_model.py
    QT_TRANSLATE_NOOP("errors", "name"),
    # exports/order_export_reader.py
    QT_TRANSLATE_NOOP("errors", "no SKU or barcode"),
    # exports/order_export_reader.py
    QT_TRANSLATE_NOOP("errors", "no order number (a total or a note)"),
    # exports/pricelist_model.py
    QT_TRANSLATE_NOOP("errors", "no price"),
    # exports/pricelist_model.py
    QT_TRANSLATE_NOOP("errors", "nothing identifies the product (no SKU, barcode or name)"),
    # services/catalog_excel.py
    QT_TRANSLATE_NOOP("errors", "old price"),
    # exports/order_export_reader.py
    QT_TRANSLATE_NOOP("errors", "order date"),
    # exports/order_export_reader.py
    QT_TRANSLATE_NOOP("errors", "order number"),
    # exports/order_export_reader.py
    QT_TRANSLATE_NOOP("errors", "order status"),
    # exports/pricelist_model.py, services/suppliers.py
    QT_TRANSLATE_NOOP("errors", "pack size"),
    # services/purchasing.py
    QT_TRANSLATE_NOOP("errors", "partially received"),
    # services/suppliers.py
    QT_TRANSLATE_NOOP("errors", "payment deferral"),
    # services/suppliers.py
    QT_TRANSLATE_NOOP("errors", "phone"),
    # exports/pricelist_model.py, services/purchasing.py, services/suppliers.py
    QT_TRANSLATE_NOOP("errors", "price"),
    # exports/order_export_reader.py
    QT_TRANSLATE_NOOP("errors", "product name"),
    # exports/order_export_reader.py
    QT_TRANSLATE_NOOP("errors", "quantity"),
    # services/permissions.py
    QT_TRANSLATE_NOOP("errors", "receive goods"),
    # services/purchasing.py
    QT_TRANSLATE_NOOP("errors", "received"),
    # exports/order_export_reader.py
    QT_TRANSLATE_NOOP("errors", "repeats an earlier line of the same order"),
    # exports/pricelist_model.py
    QT_TRANSLATE_NOOP("errors", "repeats an earlier row"),
    # exports/order_export_reader.py, exports/pricelist_model.py
    QT_TRANSLATE_NOOP("errors", "repeats the header row"),
    # cli/report.py
    QT_TRANSLATE_NOOP("errors", "report: --format is pdf or xlsx."),
    # cli/report.py
    QT_TRANSLATE_NOOP("errors", "report: --option takes KEY=VALUE, not '{pair}'."),
    # cli/report.py
    QT_TRANSLATE_NOOP("errors", "report: dates are written as 2026-11-01."),
    # cli/report.py
    QT_TRANSLATE_NOOP("errors", "report: give NAME, --from, --to and --out (or --list)."),
    # services/completeness.py
    QT_TRANSLATE_NOOP("errors", "required attributes"),
    # services/catalog_excel.py
    QT_TRANSLATE_NOOP("errors", "retail price"),
    # exports/order_export_reader.py
    QT_TRANSLATE_NOOP("errors", "return reason"),
    # services/permissions.py
    QT_TRANSLATE_NOOP("errors", "run the shop sync"),
    # exports/pricelist_model.py
    QT_TRANSLATE_NOOP("errors", "section heading"),
    # services/purchasing.py
    QT_TRANSLATE_NOOP("errors", "sent"),
    # services/catalog_excel.py, services/product_cards/save.py
    QT_TRANSLATE_NOOP("errors", "short description"),
    # exports/pricelist_model.py
    QT_TRANSLATE_NOOP("errors", "stock"),
    # exports/pricelist_model.py
    QT_TRANSLATE_NOOP("errors", "supplier SKU"),
    # services/suppliers.py
    QT_TRANSLATE_NOOP("errors", "supplier name"),
    # services/suppliers.py
    QT_TRANSLATE_NOOP("errors", "tax ID"),
    # exports/order_export_reader.py
    QT_TRANSLATE_NOOP("errors", "unit price"),
    # services/permissions.py
    QT_TRANSLATE_NOOP("errors", "view reports"),
    # services/permissions.py
    QT_TRANSLATE_NOOP("errors", "view the catalog"),
    # services/completeness.py
    QT_TRANSLATE_NOOP("errors", "website"),
    # services/catalog_excel.py, services/product_cards/save.py
    QT_TRANSLATE_NOOP("errors", "weight"),
    # services/product_cards/save.py
    QT_TRANSLATE_NOOP("errors", "width"),
    # services/catalog_bulk.py
    QT_TRANSLATE_NOOP("errors", "{count} products were changed after the bulk change ({skus}); undo the others or leave it."),
    # exports/pricelist_reader.py
    QT_TRANSLATE_NOOP("errors", "{file} has a header but no items with a price under it."),
    # exports/order_export_reader.py
    QT_TRANSLATE_NOOP("errors", "{file} has a header but no order lines under it."),
    # exports/order_export_reader.py, exports/pricelist_header.py
    QT_TRANSLATE_NOOP("errors", "{file} has no data: every sheet is empty."),
    # exports/order_export_reader.py, exports/pricelist_header.py
    QT_TRANSLATE_NOOP("errors", "{file} has no sheet '{sheet}'; its sheets are: {sheets}."),
    # exports/pricelist_sheets.py
    QT_TRANSLATE_NOOP("errors", "{file} is a ZIP archive but not an Excel workbook (.xlsx)."),
    # exports/pricelist_sheets.py
    QT_TRANSLATE_NOOP("errors", "{file} is a folder, not a price list file."),
    # exports/pricelist_sheets.py
    QT_TRANSLATE_NOOP("errors", "{file} is damaged: sheet '{sheet}' can't be read ({reason})."),
    # exports/pricelist_sheets.py
    QT_TRANSLATE_NOOP("errors", "{file} is not a spreadsheet: expected an Excel workbook (.xlsx) or a CSV file."),
    # exports/pricelist_sheets.py
    QT_TRANSLATE_NOOP("errors", "{file} is not an .xlsx workbook but an OLE compound file: either a password-protected workbook or an old Excel 97-2003 .xls file. Remove the password, or open it in Excel and save it as .xlsx, then import it again."),
    # services/stock_documents.py
    QT_TRANSLATE_NOOP("errors", "{location} is not a bin: stock can only be kept in bins and quarantine."),
    # services/reports/registry.py
    QT_TRANSLATE_NOOP("errors", "{option} must be between {minimum} and {maximum}."),
    # services/catalog_excel.py
    QT_TRANSLATE_NOOP("errors", "{path} has no ID column in its first row; import a sheet made by 'Export to Excel' (the ID and Version columns are hidden there)."),
    # db.py
    QT_TRANSLATE_NOOP("errors", "{path} is a folder, not a store file."),
    # db.py
    QT_TRANSLATE_NOOP("errors", "{path} is not a Back Office store (not an SQLite database, or corrupt)."),
    # services/barcodes.py
    QT_TRANSLATE_NOOP("errors", "{quantity} is too large for a quantity."),
    # services/landed_costs.py
    QT_TRANSLATE_NOOP("errors", "{sku} has no weight, so charges can't be spread by weight; enter its weight or spread by value."),
    # services/receiving.py, services/stock_documents.py
    QT_TRANSLATE_NOOP("errors", "{sku} is counted in whole units ({unit}); {quantity} is not a whole number."),
    # services/receiving.py
    QT_TRANSLATE_NOOP("errors", "{sku} is marked goods: its quantity follows the scanned codes. Scan a unit's code to add it, or remove its code."),
    # services/receiving.py
    QT_TRANSLATE_NOOP("errors", "{sku} is marked goods: scan the marking code of each unit."),
    # services/receiving.py
    QT_TRANSLATE_NOOP("errors", "{sku} is marked goods: {units} units but {codes} marking codes scanned."),
    # services/completeness.py
    QT_TRANSLATE_NOOP("errors", "{sku} is {percent}% complete for the {channel}; publishing there needs {threshold}%. Missing: {missing}."),
    # services/receiving.py
    QT_TRANSLATE_NOOP("errors", "{sku}: choose the bin to put the goods away in."),
    # services/receiving.py
    QT_TRANSLATE_NOOP("errors", "{sku}: {over} more than ordered arrived (beyond the {tolerance}% tolerance); give a reason to accept it."),
    # services/purchasing.py
    QT_TRANSLATE_NOOP("errors", "{sku}: {received} already received; the ordered quantity can't be less ({quantity})."),
    # services/receiving.py
    QT_TRANSLATE_NOOP("errors", "{sku}: {received} arrived, more than ordered beyond the {tolerance}% tolerance; over-delivery is refused by the settings."),
    # db.py
    QT_TRANSLATE_NOOP("errors", "{store} already holds other data and is not a Back Office store."),
    # services/stock_documents.py
    QT_TRANSLATE_NOOP("errors", "{uncounted} of {total} lines of stock count {number} are not counted. Count them, or confirm that they are zero."),
    # sync/commerceml/reader.py
    QT_TRANSLATE_NOOP("errors", "{what} is not a CommerceML document (no КоммерческаяИнформация element); it begins: {start}"),
    # sync/commerceml/reader.py
    QT_TRANSLATE_NOOP("errors", "{what} is not well-formed XML ({reason}); it begins: {start}"),
)
