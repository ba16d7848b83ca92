"""The domain errors' message templates, for the translators (generated: do not edit).

Written by ``scripts/update_translations.py`` from the ``raise ...Error("template", ...)``
and ``Phrase("...")`` literals of the core; ``ui/messages.error_text`` translates an
error's template in the context 'errors'. Run the script after adding an error.
"""

from PySide6.QtCore import QT_TRANSLATE_NOOP

ERROR_TEMPLATES: tuple[str, ...] = (
    # db.py
    QT_TRANSLATE_NOOP("errors", "'{address}' is not a valid store address: {reason}"),
    # services/catalog.py
    QT_TRANSLATE_NOOP("errors", "'{text}' has more than two decimal places."),
    # services/catalog.py
    QT_TRANSLATE_NOOP("errors", "'{text}' is not a price; expected a number such as 1 234,50."),
    # services/catalog.py
    QT_TRANSLATE_NOOP("errors", "'{text}' is too large for a price."),
    # services/catalog.py
    QT_TRANSLATE_NOOP("errors", "A price can't be negative."),
    # services/stock.py
    QT_TRANSLATE_NOOP("errors", "A stock move needs a positive quantity, got {quantity}."),
    # services/stock.py
    QT_TRANSLATE_NOOP("errors", "A stock move needs two different locations."),
    # db.py
    QT_TRANSLATE_NOOP("errors", "Backup copies are made for SQLite stores only; use pg_dump for PostgreSQL."),
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
    # services/auth.py, services/users.py
    QT_TRANSLATE_NOOP("errors", "Enter a user name."),
    # services/settings.py
    QT_TRANSLATE_NOOP("errors", "Enter the company name: it heads every printed document."),
    # services/users.py
    QT_TRANSLATE_NOOP("errors", "Give the user at least one role."),
    # cli.py
    QT_TRANSLATE_NOOP("errors", "No user named '{username}'."),
    # services/stock.py
    QT_TRANSLATE_NOOP("errors", "Not enough stock of {sku} in {location}: {on_hand} on hand, {needed} needed."),
    # services/catalog.py
    QT_TRANSLATE_NOOP("errors", "Product #{product_id} does not exist."),
    # services/catalog.py
    QT_TRANSLATE_NOOP("errors", "Product {sku} was changed by someone else (version {version}, you edited version {expected_version}). Reload it and decide again."),
    # services/auth.py
    QT_TRANSLATE_NOOP("errors", "The account {username} is disabled. Ask an administrator."),
    # db.py
    QT_TRANSLATE_NOOP("errors", "The backup copy can't overwrite the store itself."),
    # services/demo.py
    QT_TRANSLATE_NOOP("errors", "The demo needs at least one product."),
    # cli.py
    QT_TRANSLATE_NOOP("errors", "The environment variable {name} is empty or not set."),
    # cli.py
    QT_TRANSLATE_NOOP("errors", "The first user of a store must be an administrator (--role admin)."),
    # db.py
    QT_TRANSLATE_NOOP("errors", "The folder {folder} does not exist."),
    # services/demo.py
    QT_TRANSLATE_NOOP("errors", "The number of orders and photos can't be negative."),
    # services/auth.py
    QT_TRANSLATE_NOOP("errors", "The password must be at least {min_length} characters long."),
    # services/auth.py
    QT_TRANSLATE_NOOP("errors", "The password must not start or end with a space."),
    # cli.py
    QT_TRANSLATE_NOOP("errors", "The passwords differ."),
    # db.py
    QT_TRANSLATE_NOOP("errors", "The store address is empty."),
    # services/demo.py
    QT_TRANSLATE_NOOP("errors", "The store already has demo data / products ({count} products); demo data is generated only into an empty catalog. Use a new store file."),
    # services/demo.py
    QT_TRANSLATE_NOOP("errors", "The store already has demo data / products."),
    # services/auth.py
    QT_TRANSLATE_NOOP("errors", "The store already has users; log in instead."),
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
    # services/settings.py
    QT_TRANSLATE_NOOP("errors", "Unknown setting '{key}'."),
    # db.py
    QT_TRANSLATE_NOOP("errors", "Unsupported store type '{backend}' in '{address}': use an SQLite file or a postgresql:// address."),
    # services/users.py
    QT_TRANSLATE_NOOP("errors", "User #{user_id} does not exist."),
    # services/permissions.py
    QT_TRANSLATE_NOOP("errors", "User {username} is not allowed to {action}."),
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
    # db.py
    QT_TRANSLATE_NOOP("errors", "{path} is a folder, not a store file."),
    # db.py
    QT_TRANSLATE_NOOP("errors", "{path} is not a Back Office store (not an SQLite database, or corrupt)."),
    # db.py
    QT_TRANSLATE_NOOP("errors", "{store} already holds other data and is not a Back Office store."),
)
