"""The domain errors' message templates, for the translators (generated: do not edit).

Written by ``scripts/update_translations.py`` from the ``raise ...Error("template", ...)``
and ``Phrase("...")`` literals of the core; ``ui/messages.error_text`` translates an
error's template in the context 'errors'. Run the script after adding an error.
"""

from PySide6.QtCore import QT_TRANSLATE_NOOP

ERROR_TEMPLATES: tuple[str, ...] = (
    # db.py
    QT_TRANSLATE_NOOP("errors", "'{address}' is not a valid store address: {reason}"),
    # services/receiving.py
    QT_TRANSLATE_NOOP("errors", "'{code}' can't be linked: {reason}"),
    # services/stock_documents.py
    QT_TRANSLATE_NOOP("errors", "'{code}' is not a write-off reason."),
    # services/barcodes.py, services/receiving.py, services/stock_documents.py
    QT_TRANSLATE_NOOP("errors", "'{text}' has more than three decimal places."),
    # services/catalog.py
    QT_TRANSLATE_NOOP("errors", "'{text}' has more than two decimal places."),
    # services/catalog.py
    QT_TRANSLATE_NOOP("errors", "'{text}' is not a price; expected a number such as 1 234,50."),
    # services/stock_documents.py
    QT_TRANSLATE_NOOP("errors", "'{text}' is not a quantity; expected a number such as 12 or 1,5."),
    # services/barcodes.py
    QT_TRANSLATE_NOOP("errors", "'{text}' is not a quantity; type a number such as 12 or 1,5."),
    # services/catalog.py
    QT_TRANSLATE_NOOP("errors", "'{text}' is too large for a price."),
    # services/stock_documents.py
    QT_TRANSLATE_NOOP("errors", "'{text}' is too large for a quantity."),
    # services/receiving.py
    QT_TRANSLATE_NOOP("errors", "A barcode is for a unit or for a pack, not '{kind}'."),
    # services/receiving.py
    QT_TRANSLATE_NOOP("errors", "A marking code stands for one unit of {sku}: scan each unit's code without a quantity."),
    # services/catalog.py, services/receiving.py
    QT_TRANSLATE_NOOP("errors", "A price can't be negative."),
    # services/stock.py
    QT_TRANSLATE_NOOP("errors", "A stock move needs a positive quantity, got {quantity}."),
    # services/stock.py
    QT_TRANSLATE_NOOP("errors", "A stock move needs two different locations."),
    # services/stock_documents.py
    QT_TRANSLATE_NOOP("errors", "A transfer needs two different bins; {location} is both."),
    # services/stock_documents.py
    QT_TRANSLATE_NOOP("errors", "An adjustment needs a quantity other than zero."),
    # db.py
    QT_TRANSLATE_NOOP("errors", "Backup copies are made for SQLite stores only; use pg_dump for PostgreSQL."),
    # services/receiving.py
    QT_TRANSLATE_NOOP("errors", "Bin {bin} is not in the receipt's warehouse."),
    # services/stock_documents.py
    QT_TRANSLATE_NOOP("errors", "Bin {location} is closed."),
    # db.py
    QT_TRANSLATE_NOOP("errors", "Cannot connect to the PostgreSQL store at {address}: {reason}"),
    # db.py
    QT_TRANSLATE_NOOP("errors", "Cannot open the store file {path} for writing ({reason})."),
    # db.py
    QT_TRANSLATE_NOOP("errors", "Cannot open the store file {path}: {reason}"),
    # db.py
    QT_TRANSLATE_NOOP("errors", "Cannot read the store file {path}: {reason}."),
    # db.py
    QT_TRANSLATE_NOOP("errors", "Cannot use the store address: {reason}"),
    # services/stock_documents.py
    QT_TRANSLATE_NOOP("errors", "Category #{category_id} does not exist."),
    # services/stock_documents.py
    QT_TRANSLATE_NOOP("errors", "Choose a bin."),
    # services/receiving.py
    QT_TRANSLATE_NOOP("errors", "Choose a storage bin to put the goods away in."),
    # services/stock_documents.py
    QT_TRANSLATE_NOOP("errors", "Choose at least one bin to count."),
    # services/stock_documents.py
    QT_TRANSLATE_NOOP("errors", "Choose why {sku} is written off."),
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
    # services/settings.py
    QT_TRANSLATE_NOOP("errors", "Enter the company name: it heads every printed document."),
    # services/stock_documents.py
    QT_TRANSLATE_NOOP("errors", "Give a reason for adjusting {sku}."),
    # services/receiving.py
    QT_TRANSLATE_NOOP("errors", "Give the reason for reversing the receipt."),
    # services/receiving.py
    QT_TRANSLATE_NOOP("errors", "Give the reason the units of {sku} are damaged."),
    # services/users.py
    QT_TRANSLATE_NOOP("errors", "Give the user at least one role."),
    # services/stock_documents.py
    QT_TRANSLATE_NOOP("errors", "Lines of a stock count are entered by counting, not added by hand."),
    # services/stock_documents.py
    QT_TRANSLATE_NOOP("errors", "Location #{location_id} does not exist."),
    # cli.py
    QT_TRANSLATE_NOOP("errors", "No user named '{username}'."),
    # services/stock.py
    QT_TRANSLATE_NOOP("errors", "Not enough stock of {sku} in {location}: {on_hand} on hand, {needed} needed."),
    # services/barcodes.py
    QT_TRANSLATE_NOOP("errors", "Nothing was scanned."),
    # services/supplier_returns.py
    QT_TRANSLATE_NOOP("errors", "Only {on_hand} of {sku} are left in {location}; the {quantity} damaged units of receipt {number} are no longer all there to return."),
    # services/receiving.py
    QT_TRANSLATE_NOOP("errors", "Only {received} of {sku} arrived on this line; {quantity} can't be damaged."),
    # services/stock_documents.py
    QT_TRANSLATE_NOOP("errors", "Post a stock count with its variance report."),
    # services/catalog.py, services/receiving.py, services/stock_documents.py
    QT_TRANSLATE_NOOP("errors", "Product #{product_id} does not exist."),
    # services/catalog.py
    QT_TRANSLATE_NOOP("errors", "Product {sku} was changed by someone else (version {version}, you edited version {expected_version}). Reload it and decide again."),
    # services/receiving.py
    QT_TRANSLATE_NOOP("errors", "Purchase order #{order_id} does not exist."),
    # services/receiving.py
    QT_TRANSLATE_NOOP("errors", "Purchase order {number} has been received in full."),
    # services/receiving.py
    QT_TRANSLATE_NOOP("errors", "Purchase order {number} is cancelled: goods can't be received against it."),
    # services/receiving.py
    QT_TRANSLATE_NOOP("errors", "Purchase order {number} is closed: goods can't be received against it."),
    # services/receiving.py
    QT_TRANSLATE_NOOP("errors", "Purchase order {number} is not approved and sent yet ({state}): goods can't be received against it."),
    # services/receiving.py, services/supplier_returns.py
    QT_TRANSLATE_NOOP("errors", "Receipt #{receipt_id} does not exist."),
    # services/receiving.py
    QT_TRANSLATE_NOOP("errors", "Receipt line #{line_id} does not exist."),
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
    # services/stock_documents.py
    QT_TRANSLATE_NOOP("errors", "Scan a barcode."),
    # services/barcodes.py
    QT_TRANSLATE_NOOP("errors", "Scan or type the barcode after the quantity ({quantity}*)."),
    # services/stock_documents.py
    QT_TRANSLATE_NOOP("errors", "Stock count {number} has no lines: count some goods first."),
    # services/stock_documents.py
    QT_TRANSLATE_NOOP("errors", "Stock document #{document_id} does not exist."),
    # services/receiving.py
    QT_TRANSLATE_NOOP("errors", "Supplier #{supplier_id} does not exist."),
    # services/barcodes.py
    QT_TRANSLATE_NOOP("errors", "The GS1 code could not be read."),
    # services/barcodes.py
    QT_TRANSLATE_NOOP("errors", "The GS1 code has no GTIN (AI 01)."),
    # services/auth.py
    QT_TRANSLATE_NOOP("errors", "The account {username} is disabled. Ask an administrator."),
    # db.py
    QT_TRANSLATE_NOOP("errors", "The backup copy can't overwrite the store itself."),
    # services/receiving.py
    QT_TRANSLATE_NOOP("errors", "The barcode {code} already belongs to {sku}."),
    # services/barcodes.py
    QT_TRANSLATE_NOOP("errors", "The check digit of the GTIN in the code is wrong."),
    # services/barcodes.py
    QT_TRANSLATE_NOOP("errors", "The check digit of the barcode is wrong."),
    # services/barcodes.py
    QT_TRANSLATE_NOOP("errors", "The code has characters a barcode can't have."),
    # services/barcodes.py
    QT_TRANSLATE_NOOP("errors", "The code is too long for a barcode."),
    # services/supplier_returns.py
    QT_TRANSLATE_NOOP("errors", "The damaged units of receipt {number} were already returned with {return_number}."),
    # services/demo.py
    QT_TRANSLATE_NOOP("errors", "The demo needs at least one product."),
    # cli.py
    QT_TRANSLATE_NOOP("errors", "The environment variable {name} is empty or not set."),
    # services/receiving.py
    QT_TRANSLATE_NOOP("errors", "The file is not a picture (JPEG, PNG, WebP, GIF, TIFF…)."),
    # cli.py
    QT_TRANSLATE_NOOP("errors", "The first user of a store must be an administrator (--role admin)."),
    # db.py
    QT_TRANSLATE_NOOP("errors", "The folder {folder} does not exist."),
    # services/receiving.py
    QT_TRANSLATE_NOOP("errors", "The marking code {code} is not on this receipt."),
    # services/demo.py
    QT_TRANSLATE_NOOP("errors", "The number of orders and photos can't be negative."),
    # services/auth.py
    QT_TRANSLATE_NOOP("errors", "The password must be at least {min_length} characters long."),
    # services/auth.py
    QT_TRANSLATE_NOOP("errors", "The password must not start or end with a space."),
    # cli.py
    QT_TRANSLATE_NOOP("errors", "The passwords differ."),
    # services/receiving.py
    QT_TRANSLATE_NOOP("errors", "The photo file is empty."),
    # services/receiving.py
    QT_TRANSLATE_NOOP("errors", "The photo is too large ({size} MB); the limit is {limit} MB."),
    # services/receiving.py
    QT_TRANSLATE_NOOP("errors", "The photo of the damage was not found in the store."),
    # services/receiving.py
    QT_TRANSLATE_NOOP("errors", "The picture is damaged or incomplete and can't be read: {detail}"),
    # services/receiving.py
    QT_TRANSLATE_NOOP("errors", "The picture is too large to open safely ({width}×{height} pixels); it may be a decompression bomb."),
    # services/receiving.py
    QT_TRANSLATE_NOOP("errors", "The picture is too large to open safely; it may be a decompression bomb."),
    # services/receiving.py
    QT_TRANSLATE_NOOP("errors", "The quantity must be a number."),
    # services/barcodes.py, services/receiving.py, services/stock_documents.py
    QT_TRANSLATE_NOOP("errors", "The quantity must be more than zero, not {quantity}."),
    # services/stock_documents.py
    QT_TRANSLATE_NOOP("errors", "The reason is too long (at most 200 characters)."),
    # services/barcodes.py
    QT_TRANSLATE_NOOP("errors", "The serial number in the code is too long."),
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
    # cli.py
    QT_TRANSLATE_NOOP("errors", "The store has no users yet; create an administrator first."),
    # services/demo.py
    QT_TRANSLATE_NOOP("errors", "The store has users but no active administrator; demo users can't be created."),
    # db.py
    QT_TRANSLATE_NOOP("errors", "The store {store} needs an upgrade (schema {schema} → {head}); run 'backoffice migrate'."),
    # db.py
    QT_TRANSLATE_NOOP("errors", "The store {store} was written by a newer version of Back Office (schema {schema}). Update the application to open it."),
    # services/settings.py
    QT_TRANSLATE_NOOP("errors", "The tax id (ИНН) must be 10 or 12 digits."),
    # services/settings.py
    QT_TRANSLATE_NOOP("errors", "The tax reason code (КПП) must be 9 digits."),
    # services/users.py
    QT_TRANSLATE_NOOP("errors", "The user name '{username}' is already taken."),
    # services/users.py
    QT_TRANSLATE_NOOP("errors", "The user name is longer than 64 characters."),
    # services/users.py
    QT_TRANSLATE_NOOP("errors", "This is the last active administrator; keep at least one."),
    # services/auth.py
    QT_TRANSLATE_NOOP("errors", "Too many wrong passwords. Try again in {seconds} s."),
    # services/stock_documents.py
    QT_TRANSLATE_NOOP("errors", "Unknown barcode {barcode}: no product has it."),
    # services/settings.py
    QT_TRANSLATE_NOOP("errors", "Unknown setting '{key}'."),
    # db.py
    QT_TRANSLATE_NOOP("errors", "Unsupported store type '{backend}' in '{address}': use an SQLite file or a postgresql:// address."),
    # services/users.py
    QT_TRANSLATE_NOOP("errors", "User #{user_id} does not exist."),
    # services/permissions.py
    QT_TRANSLATE_NOOP("errors", "User {username} is not allowed to {action}."),
    # services/receiving.py
    QT_TRANSLATE_NOOP("errors", "Warehouse #{warehouse_id} does not exist."),
    # services/receiving.py
    QT_TRANSLATE_NOOP("errors", "Warehouse {warehouse} has no quarantine location; create one or send the damaged units to scrap."),
    # services/auth.py
    QT_TRANSLATE_NOOP("errors", "Wrong password. Too many wrong passwords: try again in {seconds} s."),
    # services/auth.py
    QT_TRANSLATE_NOOP("errors", "Wrong user name or password."),
    # services/users.py
    QT_TRANSLATE_NOOP("errors", "You can't disable your own account."),
    # services/permissions.py
    QT_TRANSLATE_NOOP("errors", "approve purchase orders"),
    # services/permissions.py
    QT_TRANSLATE_NOOP("errors", "change prices"),
    # services/permissions.py
    QT_TRANSLATE_NOOP("errors", "change settings"),
    # services/permissions.py
    QT_TRANSLATE_NOOP("errors", "change stock"),
    # services/permissions.py
    QT_TRANSLATE_NOOP("errors", "edit product cards"),
    # services/permissions.py
    QT_TRANSLATE_NOOP("errors", "manage purchasing"),
    # services/permissions.py
    QT_TRANSLATE_NOOP("errors", "manage users"),
    # services/permissions.py
    QT_TRANSLATE_NOOP("errors", "receive goods"),
    # services/permissions.py
    QT_TRANSLATE_NOOP("errors", "run the shop sync"),
    # services/permissions.py
    QT_TRANSLATE_NOOP("errors", "view reports"),
    # services/permissions.py
    QT_TRANSLATE_NOOP("errors", "view the catalog"),
    # services/stock_documents.py
    QT_TRANSLATE_NOOP("errors", "{location} is not a bin: stock can only be kept in bins and quarantine."),
    # db.py
    QT_TRANSLATE_NOOP("errors", "{path} is a folder, not a store file."),
    # db.py
    QT_TRANSLATE_NOOP("errors", "{path} is not a Back Office store (not an SQLite database, or corrupt)."),
    # services/barcodes.py
    QT_TRANSLATE_NOOP("errors", "{quantity} is too large for a quantity."),
    # services/receiving.py, services/stock_documents.py
    QT_TRANSLATE_NOOP("errors", "{sku} is counted in whole units ({unit}); {quantity} is not a whole number."),
    # services/receiving.py
    QT_TRANSLATE_NOOP("errors", "{sku} is marked goods: its quantity follows the scanned codes. Scan a unit's code to add it, or remove its code."),
    # services/receiving.py
    QT_TRANSLATE_NOOP("errors", "{sku} is marked goods: scan the marking code of each unit."),
    # services/receiving.py
    QT_TRANSLATE_NOOP("errors", "{sku} is marked goods: {units} units but {codes} marking codes scanned."),
    # services/receiving.py
    QT_TRANSLATE_NOOP("errors", "{sku}: choose the bin to put the goods away in."),
    # services/receiving.py
    QT_TRANSLATE_NOOP("errors", "{sku}: {over} more than ordered arrived (beyond the {tolerance}% tolerance); give a reason to accept it."),
    # services/receiving.py
    QT_TRANSLATE_NOOP("errors", "{sku}: {received} arrived, more than ordered beyond the {tolerance}% tolerance; over-delivery is refused by the settings."),
    # db.py
    QT_TRANSLATE_NOOP("errors", "{store} already holds other data and is not a Back Office store."),
    # services/stock_documents.py
    QT_TRANSLATE_NOOP("errors", "{uncounted} of {total} lines of stock count {number} are not counted. Count them, or confirm that they are zero."),
)
