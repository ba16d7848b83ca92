<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en_US">
<context>
    <name>AppController</name>
    <message>
        <location filename="../../app.py" line="+141"/>
        <source>Cannot open the store</source>
        <translation>Не удалось открыть базу</translation>
    </message>
</context>
<context>
    <name>CatalogWorkspace</name>
    <message>
        <location filename="../../ui/catalog/workspace.py" line="+112"/>
        <source>Search by SKU, barcode or name</source>
        <translation>Поиск по артикулу, штрихкоду или наименованию</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>All products</source>
        <translation>Все товары</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Published</source>
        <translation>Опубликованные</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hidden</source>
        <translation>Скрытые</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Change price…</source>
        <translation>Изменить цену…</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>All categories</source>
        <translation>Все категории</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No products match “{0}”.</source>
        <translation>По запросу «{0}» товары не найдены.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No products in this selection.</source>
        <translation>В этом отборе нет товаров.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The catalog is empty.
Products arrive with price lists and receipts; to try the application, fill a store with &apos;backoffice demo&apos;.</source>
        <translation>Каталог пуст.
Товары появляются из прайс-листов и приходных накладных; чтобы опробовать программу, заполните базу демо-данными командой «backoffice demo».</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n товар</numerusform>
            <numerusform>%n товара</numerusform>
            <numerusform>%n товаров</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>counting…</source>
        <translation>подсчёт…</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Change price</source>
        <translation>Изменение цены</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New retail price of {0} ({1}):</source>
        <translation>Новая розничная цена {0} (сейчас {1}):</translation>
    </message>
</context>
<context>
    <name>CompanyPage</name>
    <message>
        <location filename="../../ui/settings/company_page.py" line="+40"/>
        <source>Company</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printed receipts, purchase orders and reports show these details in their header.</source>
        <translation>Эти реквизиты печатаются в шапке приходных накладных, заказов поставщикам и отчётов.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Bank, BIC, settlement and correspondent accounts</source>
        <translation>Банк, БИК, расчётный и корреспондентский счета</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>10 or 12 digits</source>
        <translation>10 или 12 цифр</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>9 digits</source>
        <translation>9 цифр</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Limited liability company “Horns and Hooves”</source>
        <translation>например, ООО «Рога и копыта»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>as customers know it</source>
        <translation>как её знают покупатели</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal name:</source>
        <translation>Полное наименование:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tax ID (INN):</source>
        <translation>ИНН:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tax reason code (KPP):</source>
        <translation>КПП:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address:</source>
        <translation>Адрес:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone:</source>
        <translation>Телефон:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail:</source>
        <translation>Эл. почта:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bank details:</source>
        <translation>Банковские реквизиты:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signatures</source>
        <translation>Подписи</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Director:</source>
        <translation>Руководитель:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chief accountant:</source>
        <translation>Главный бухгалтер:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Revert</source>
        <translation>Отменить изменения</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Company details saved.</source>
        <translation>Реквизиты организации сохранены.</translation>
    </message>
</context>
<context>
    <name>ConnectionPage</name>
    <message>
        <location filename="../../ui/settings/connection_page.py" line="+30"/>
        <source>Store connection</source>
        <translation>Подключение к базе</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where the shop&apos;s data is kept. One workstation can use an SQLite file; several workstations share a PostgreSQL server.</source>
        <translation>Где хранятся данные магазина. Одному рабочему месту достаточно файла SQLite; несколько рабочих мест работают с общим сервером PostgreSQL.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Current store</source>
        <translation>Текущая база</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Location:</source>
        <translation>Расположение:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type:</source>
        <translation>Тип:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schema version:</source>
        <translation>Версия схемы:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open another store</source>
        <translation>Открыть другую базу</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Open this store</source>
        <translation>Открыть эту базу</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Test the connection first. Opening another store closes this one; you log in again with a user of that store.</source>
        <translation>Сначала проверьте подключение. При открытии другой базы эта закрывается; войдите снова под пользователем той базы.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>SQLite file (one workstation)</source>
        <translation>Файл SQLite (одно рабочее место)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PostgreSQL server</source>
        <translation>Сервер PostgreSQL</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown: {0}</source>
        <translation>неизвестна: {0}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>empty store</source>
        <translation>пустая база</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0}; an upgrade to {1} is due</source>
        <translation>{0}; требуется обновление до {1}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0}, newer than this application</source>
        <translation>{0}, новее этой программы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0}, up to date</source>
        <translation>{0}, актуальная</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This is the store already open.</source>
        <translation>Эта база уже открыта.</translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <location filename="../../ui/login_dialog.py" line="+106"/>
        <source>Create the administrator — Back Office</source>
        <translation>Создание администратора — Back Office</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This store ({0}) is new. Create the administrator account: it manages users and settings.</source>
        <translation>Это новая база ({0}). Создайте учётную запись администратора: он управляет пользователями и настройками.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>User name:</source>
        <translation>Имя пользователя:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full name:</source>
        <translation>ФИО:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password:</source>
        <translation>Пароль:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat password:</source>
        <translation>Повторите пароль:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At least {0} characters.</source>
        <translation>Не менее {0} символов.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create</source>
        <translation>Создать</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The passwords differ.</source>
        <translation>Пароли не совпадают.</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <location filename="../../ui/settings/language_page.py" line="+25"/>
        <source>Interface language</source>
        <translation>Язык интерфейса</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The language of menus and windows on this workstation.</source>
        <translation>Язык меню и окон на этом рабочем месте.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>System language (currently {0})</source>
        <translation>Язык системы (сейчас {0})</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Apply</source>
        <translation>Применить</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Applying a language rebuilds the main window in it: save your work in other workspaces first.</source>
        <translation>После смены языка главное окно открывается заново: сначала сохраните работу в других разделах.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Could not save the language setting: {0}</source>
        <translation>Не удалось сохранить настройку языка: {0}</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../ui/login_dialog.py" line="-78"/>
        <source>Log in — Back Office</source>
        <translation>Вход — Back Office</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store: {0}</source>
        <translation>База: {0}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>User name:</source>
        <translation>Имя пользователя:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password:</source>
        <translation>Пароль:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log in</source>
        <translation>Войти</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Enter your user name.</source>
        <translation>Введите имя пользователя.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="+34"/>
        <source>Back Office — {0}</source>
        <translation>Back Office — {0}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Your roles give you no workspace yet. Ask an administrator.</source>
        <translation>Вашим ролям пока не открыт ни один раздел. Обратитесь к администратору.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch store…</source>
        <translation>Сменить базу…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save a backup copy…</source>
        <translation>Сохранить резервную копию…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Log out</source>
        <translation>Выйти</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quit</source>
        <translation>Выход</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+32"/>
        <source>About Back Office</source>
        <translation>О программе Back Office</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>User: {0}</source>
        <translation>Пользователь: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store: {0}</source>
        <translation>База: {0}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&lt;h3&gt;Back Office Desktop {0}&lt;/h3&gt;&lt;p&gt;The back office of an online shop: intake, stock, purchasing, catalog, reports, sync.&lt;/p&gt;&lt;p&gt;Store: {1}&lt;br&gt;Store schema version: {2}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Back Office Desktop {0}&lt;/h3&gt;&lt;p&gt;Бэк-офис интернет-магазина: приёмка, склад, закупки, каталог, отчёты, синхронизация.&lt;/p&gt;&lt;p&gt;База: {1}&lt;br&gt;Версия схемы базы: {2}&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save a backup copy</source>
        <translation>Сохранение резервной копии</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SQLite store (*.sqlite3 *.db)</source>
        <translation>База SQLite (*.sqlite3 *.db)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Writing the backup copy…</source>
        <translation>Сохранение резервной копии…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backup copy saved to {0}</source>
        <translation>Резервная копия сохранена: {0}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Cannot save</source>
        <translation>Не удалось сохранить</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Could not save the window settings: {0}</source>
        <translation>Не удалось сохранить настройки окна: {0}</translation>
    </message>
    <message>
        <location line="-111"/>
        <source>Welcome</source>
        <translation>Добро пожаловать</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>System language</source>
        <translation>Язык системы</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../ui/settings/users_page.py" line="+258"/>
        <source>Reset password</source>
        <translation>Сброс пароля</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New password for {0}. Tell it to them in person; a locked account is unlocked too.</source>
        <translation>Новый пароль для {0}. Сообщите его лично; заблокированная учётная запись тоже разблокируется.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New password:</source>
        <translation>Новый пароль:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat password:</source>
        <translation>Повторите пароль:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set password</source>
        <translation>Установить пароль</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The two passwords differ; type the same password twice.</source>
        <translation>Пароли не совпадают; введите один и тот же пароль дважды.</translation>
    </message>
</context>
<context>
    <name>ProductDetailsPanel</name>
    <message>
        <location filename="../../ui/catalog/workspace.py" line="-244"/>
        <source>Product</source>
        <translation>Товар</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>SKU:</source>
        <translation>Артикул:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Barcodes:</source>
        <translation>Штрихкоды:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category:</source>
        <translation>Категория:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brand:</source>
        <translation>Бренд:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price:</source>
        <translation>Цена:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average cost:</source>
        <translation>Средняя себестоимость:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website:</source>
        <translation>На сайте:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stock:</source>
        <translation>Остатки:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Select a product to see its details.</source>
        <translation>Выберите товар, чтобы увидеть его карточку.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{0} (pack of {1})</source>
        <translation>{0} (упаковка по {1})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(was {0})</source>
        <translation>(было {0})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>published</source>
        <translation>опубликован</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>hidden</source>
        <translation>скрыт</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none</source>
        <translation>нет</translation>
    </message>
</context>
<context>
    <name>ProductTableModel</name>
    <message>
        <location filename="../../ui/catalog/product_model.py" line="+46"/>
        <source>SKU</source>
        <translation>Артикул</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Barcode</source>
        <translation>Штрихкод</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brand</source>
        <translation>Бренд</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On hand</source>
        <translation>В наличии</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website</source>
        <translation>На сайте</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>published</source>
        <translation>Опубликован</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>hidden</source>
        <translation>Скрыт</translation>
    </message>
    <message>
        <location line="-110"/>
        <source>pcs</source>
        <extracomment>Units of measure as the list shows them (the store keeps the codes).</extracomment>
        <translation>шт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kg</source>
        <translation>кг</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>m</source>
        <translation>м</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>l</source>
        <translation>л</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pack</source>
        <translation>уп</translation>
    </message>
</context>
<context>
    <name>RoleNames</name>
    <message>
        <location filename="../../ui/settings/common.py" line="+22"/>
        <source>Warehouse clerk</source>
        <extracomment>The order roles are listed in, everywhere (the way work flows through the shop).</extracomment>
        <translation>Кладовщик</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purchaser</source>
        <translation>Закупщик</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Content manager</source>
        <translation>Контент-менеджер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manager</source>
        <translation>Руководитель</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrator</source>
        <translation>Администратор</translation>
    </message>
</context>
<context>
    <name>RulesPage</name>
    <message>
        <location filename="../../ui/settings/rules_page.py" line="+66"/>
        <source>Stock and purchasing rules</source>
        <translation>Правила склада и закупок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These rules apply to every workstation that uses this store.</source>
        <translation>Правила действуют на всех рабочих местах с этой базой.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stock</source>
        <translation>Склад</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Allow stock to go negative</source>
        <translation>Разрешить отрицательные остатки</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lets clerks ship or write off goods the system doesn&apos;t show yet; a stock count puts it right later. Leave off unless receipts are often posted late.</source>
        <translation>Кладовщики смогут отгружать и списывать товар, которого ещё нет в учёте; инвентаризация потом всё исправит. Не включайте, если приходы не проводятся с опозданием.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Receiving goods</source>
        <translation>Приёмка товара</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Over-delivery tolerance:</source>
        <translation>Допустимое превышение поставки:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Refuse deliveries above the tolerance</source>
        <translation>Не принимать поставки сверх допуска</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A receipt may exceed the ordered quantity by this share. Beyond it the clerk is warned, or, if refused, can&apos;t post the receipt.</source>
        <translation>Приход может превышать заказанное количество на эту долю. Сверх неё кладовщик получает предупреждение, а если такие поставки запрещены, не сможет провести приход.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Purchasing</source>
        <translation>Закупки</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Purchase orders above this amount need approval:</source>
        <translation>Заказы на сумму больше этой требуют согласования:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Such orders wait for a manager&apos;s approval before they can be sent to the supplier.</source>
        <translation>Такие заказы ждут согласования руководителем, прежде чем их можно отправить поставщику.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revert</source>
        <translation>Отменить изменения</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Approval amount: {0}</source>
        <translation>Сумма согласования: {0}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Rules saved.</source>
        <translation>Правила сохранены.</translation>
    </message>
</context>
<context>
    <name>SettingsWorkspace</name>
    <message>
        <location filename="../../ui/settings/workspace.py" line="+44"/>
        <source>Users and roles</source>
        <translation>Пользователи и роли</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+42"/>
        <source>Company</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location line="-40"/>
        <location line="+40"/>
        <source>Stock and purchasing rules</source>
        <translation>Правила склада и закупок</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Store connection</source>
        <translation>Подключение к базе</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Interface language</source>
        <translation>Язык интерфейса</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Unsaved settings</source>
        <translation>Несохранённые настройки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings → {0} has unsaved changes. Close anyway and lose them?</source>
        <translation>В разделе «Настройки → {0}» есть несохранённые изменения. Закрыть и потерять их?</translation>
    </message>
</context>
<context>
    <name>StoreConnectionForm</name>
    <message>
        <location filename="../../ui/store_dialog.py" line="+38"/>
        <source>SQLite file (one workstation)</source>
        <translation>Файл SQLite (одно рабочее место)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PostgreSQL server (several workstations)</source>
        <translation>Сервер PostgreSQL (несколько рабочих мест)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>File:</source>
        <translation>Файл:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Host:</source>
        <translation>Сервер:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port:</source>
        <translation>Порт:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database:</source>
        <translation>База данных:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User:</source>
        <translation>Пользователь:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password:</source>
        <translation>Пароль:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Test connection</source>
        <translation>Проверить подключение</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Choose the store file.</source>
        <translation>Выберите файл базы.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the server host and the database name.</source>
        <translation>Укажите адрес сервера и имя базы данных.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Store file</source>
        <translation>Файл базы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SQLite store (*.sqlite3 *.db);;All files (*)</source>
        <translation>База SQLite (*.sqlite3 *.db);;Все файлы (*)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>✗ {0}</source>
        <translation>✗ {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>✗ {0} holds other data; it is not a Back Office store.</source>
        <translation>✗ {0} содержит другие данные; это не база Back Office.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>empty: a new store will be created</source>
        <translation>пусто: будет создана новая база</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>✗ {0}: written by a newer version of Back Office; update the application.</source>
        <translation>✗ {0}: база создана более новой версией Back Office; обновите программу.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>schema {0}, will be upgraded to {1}</source>
        <translation>схема {0}, будет обновлена до {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>schema {0}, up to date</source>
        <translation>схема {0}, актуальная</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✓ Connected to {0} ({1}); {2}.</source>
        <translation>✓ Подключено к {0} ({1}); {2}.</translation>
    </message>
</context>
<context>
    <name>StoreDialog</name>
    <message>
        <location line="+10"/>
        <source>Open a store</source>
        <translation>Открытие базы</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <location filename="../../ui/settings/users_page.py" line="-112"/>
        <source>at least {0} characters</source>
        <translation>не короче {0} символов</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>New user</source>
        <translation>Новый пользователь</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit user {0}</source>
        <translation>Пользователь {0}</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+4"/>
        <source>User name:</source>
        <translation>Имя пользователя:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Full name:</source>
        <translation>ФИО:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password:</source>
        <translation>Пароль:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat password:</source>
        <translation>Повторите пароль:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Roles</source>
        <translation>Роли</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>receives goods, counts and writes off stock</source>
        <translation>приёмка, инвентаризация, списание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>keeps suppliers, sends purchase orders</source>
        <translation>поставщики, заказы поставщикам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>edits product cards and photos</source>
        <translation>карточки товаров и фото</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reports, prices, approves orders, runs the sync</source>
        <translation>отчёты, цены, согласование заказов, синхронизация</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>users, settings and everything else</source>
        <translation>пользователи, настройки и всё остальное</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Create user</source>
        <translation>Создать</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The two passwords differ; type the same password twice.</source>
        <translation>Пароли не совпадают; введите один и тот же пароль дважды.</translation>
    </message>
</context>
<context>
    <name>UserTableModel</name>
    <message>
        <location line="-166"/>
        <source>User name</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roles</source>
        <translation>Роли</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last login</source>
        <translation>Последний вход</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Active</source>
        <translation>Активен</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Disabled</source>
        <translation>Отключён</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>never</source>
        <translation>не входил</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <location line="+200"/>
        <source>Users and roles</source>
        <translation>Пользователи и роли</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who may log in, and what each person may do. Disabled users keep their history but can&apos;t log in.</source>
        <translation>Кто может входить в программу и что делать. Отключённые пользователи сохраняют историю, но войти не могут.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New user…</source>
        <translation>Новый пользователь…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+78"/>
        <source>Disable</source>
        <translation>Отключить</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>Reset password…</source>
        <translation>Сбросить пароль…</translation>
    </message>
    <message numerus="yes">
        <location line="+56"/>
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n пользователь</numerusform>
            <numerusform>%n пользователя</numerusform>
            <numerusform>%n пользователей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n active</source>
        <translation>
            <numerusform>%n активный</numerusform>
            <numerusform>%n активных</numerusform>
            <numerusform>%n активных</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Enable</source>
        <translation>Включить</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You can&apos;t disable your own account.</source>
        <translation>Нельзя отключить собственную учётную запись.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>User {0} created.</source>
        <translation>Пользователь {0} создан.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>User {0} saved.</source>
        <translation>Пользователь {0} сохранён.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>New password set for {0}.</source>
        <translation>Для {0} установлен новый пароль.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>User {0} enabled; they can log in again.</source>
        <translation>Пользователь {0} включён и снова может войти.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User {0} disabled; they can no longer log in.</source>
        <translation>Пользователь {0} отключён и больше не может войти.</translation>
    </message>
</context>
<context>
    <name>Workspaces</name>
    <message>
        <location filename="../../ui/workspaces.py" line="+47"/>
        <source>Catalog</source>
        <translation>Каталог</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../ui/error_texts.py" line="+12"/>
        <source>&apos;{address}&apos; is not a valid store address: {reason}</source>
        <translation>«{address}» — неверный адрес базы: {reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{text}&apos; has more than two decimal places.</source>
        <translation>В «{text}» больше двух знаков после запятой.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{text}&apos; is not a price; expected a number such as 1 234,50.</source>
        <translation>«{text}» — не цена; введите число, например 1 234,50.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{text}&apos; is too large for a price.</source>
        <translation>«{text}» — слишком большая цена.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A price can&apos;t be negative.</source>
        <translation>Цена не может быть отрицательной.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A stock move needs a positive quantity, got {quantity}.</source>
        <translation>Количество в движении товара должно быть больше нуля, указано {quantity}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A stock move needs two different locations.</source>
        <translation>В движении товара место отправления и место назначения должны различаться.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backup copies are made for SQLite stores only; use pg_dump for PostgreSQL.</source>
        <translation>Резервные копии создаются только для баз SQLite; для PostgreSQL используйте pg_dump.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot connect to the PostgreSQL store at {address}: {reason}</source>
        <translation>Не удалось подключиться к базе PostgreSQL {address}: {reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot open the store file {path} for writing ({reason}).</source>
        <translation>Не удалось открыть файл базы {path} для записи ({reason}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot open the store file {path}: {reason}</source>
        <translation>Не удалось открыть файл базы {path}: {reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot read the store file {path}: {reason}.</source>
        <translation>Не удалось прочитать файл базы {path}: {reason}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot use the store address: {reason}</source>
        <translation>Этот адрес базы не подходит: {reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter a user name.</source>
        <translation>Введите имя пользователя.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the company name: it heads every printed document.</source>
        <translation>Укажите название организации: оно печатается в шапке всех документов.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the user at least one role.</source>
        <translation>Назначьте пользователю хотя бы одну роль.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No user named &apos;{username}&apos;.</source>
        <translation>Пользователь «{username}» не найден.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not enough stock of {sku} in {location}: {on_hand} on hand, {needed} needed.</source>
        <translation>Недостаточно товара {sku} в {location}: в наличии {on_hand}, требуется {needed}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Product #{product_id} does not exist.</source>
        <translation>Товар № {product_id} не найден.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Product {sku} was changed by someone else (version {version}, you edited version {expected_version}). Reload it and decide again.</source>
        <translation>Товар {sku} уже изменён другим пользователем (версия {version}, вы редактировали версию {expected_version}). Обновите данные и повторите изменение.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The account {username} is disabled. Ask an administrator.</source>
        <translation>Учётная запись {username} отключена. Обратитесь к администратору.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The backup copy can&apos;t overwrite the store itself.</source>
        <translation>Резервная копия не может записываться поверх самой базы.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The demo needs at least one product.</source>
        <translation>Для демо-данных нужен хотя бы один товар.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The environment variable {name} is empty or not set.</source>
        <translation>Переменная окружения {name} пуста или не задана.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The first user of a store must be an administrator (--role admin).</source>
        <translation>Первый пользователь базы должен быть администратором (--role admin).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The folder {folder} does not exist.</source>
        <translation>Папка {folder} не существует.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The number of orders and photos can&apos;t be negative.</source>
        <translation>Количество заказов и фотографий не может быть отрицательным.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The password must be at least {min_length} characters long.</source>
        <translation>Пароль должен быть не короче {min_length} символов.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The password must not start or end with a space.</source>
        <translation>Пароль не должен начинаться или заканчиваться пробелом.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The passwords differ.</source>
        <translation>Пароли не совпадают.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The store address is empty.</source>
        <translation>Не указан адрес базы.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The store already has demo data / products ({count} products); demo data is generated only into an empty catalog. Use a new store file.</source>
        <translation>В базе уже есть товары ({count}); демонстрационные данные создаются только в пустом каталоге. Используйте новый файл базы.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The store already has demo data / products.</source>
        <translation>В базе уже есть демо-данные или товары.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The store already has users; log in instead.</source>
        <translation>В базе уже есть пользователи; войдите под своей учётной записью.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The store file {path} is damaged ({reason}). Restore it from a backup copy.</source>
        <translation>Файл базы {path} повреждён ({reason}). Восстановите его из резервной копии.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The store file {path} is locked by another program. Close it and try again.</source>
        <translation>Файл базы {path} занят другой программой. Закройте её и повторите попытку.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The store has no users yet; create an administrator first.</source>
        <translation>В базе ещё нет пользователей; сначала создайте администратора.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The store has users but no active administrator; demo users can&apos;t be created.</source>
        <translation>В базе есть пользователи, но нет активного администратора; демо-пользователей создать нельзя.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The store {store} needs an upgrade (schema {schema} → {head}); run &apos;backoffice migrate&apos;.</source>
        <translation>Базу {store} нужно обновить (схема {schema} → {head}); выполните «backoffice migrate».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The store {store} was written by a newer version of Back Office (schema {schema}). Update the application to open it.</source>
        <translation>База {store} создана более новой версией Back Office (схема {schema}). Чтобы открыть её, обновите программу.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The tax id (ИНН) must be 10 or 12 digits.</source>
        <translation>ИНН должен состоять из 10 или 12 цифр.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The tax reason code (КПП) must be 9 digits.</source>
        <translation>КПП должен состоять из 9 цифр.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The user name &apos;{username}&apos; is already taken.</source>
        <translation>Имя пользователя «{username}» уже занято.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The user name is longer than 64 characters.</source>
        <translation>Имя пользователя длиннее 64 символов.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is the last active administrator; keep at least one.</source>
        <translation>Это последний активный администратор; хотя бы один должен остаться.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too many wrong passwords. Try again in {seconds} s.</source>
        <translation>Слишком много неверных паролей. Повторите попытку через {seconds} с.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown setting &apos;{key}&apos;.</source>
        <translation>Неизвестная настройка «{key}».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unsupported store type &apos;{backend}&apos; in &apos;{address}&apos;: use an SQLite file or a postgresql:// address.</source>
        <translation>Неподдерживаемый тип базы «{backend}» в адресе «{address}»: укажите файл SQLite или адрес postgresql://.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User #{user_id} does not exist.</source>
        <translation>Пользователь № {user_id} не найден.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User {username} is not allowed to {action}.</source>
        <translation>Пользователю {username} не разрешено {action}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wrong password. Too many wrong passwords: try again in {seconds} s.</source>
        <translation>Неверный пароль. Слишком много неверных паролей: повторите попытку через {seconds} с.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wrong user name or password.</source>
        <translation>Неверное имя пользователя или пароль.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You can&apos;t disable your own account.</source>
        <translation>Нельзя отключить собственную учётную запись.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>approve purchase orders</source>
        <translation>согласовывать заказы поставщикам</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>change prices</source>
        <translation>изменять цены</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>change settings</source>
        <translation>изменять настройки</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>change stock</source>
        <translation>изменять остатки</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>edit product cards</source>
        <translation>редактировать карточки товаров</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>manage purchasing</source>
        <translation>вести закупки</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>manage users</source>
        <translation>управлять пользователями</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>receive goods</source>
        <translation>принимать товар</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>run the shop sync</source>
        <translation>запускать синхронизацию с сайтом</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>view reports</source>
        <translation>просматривать отчёты</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>view the catalog</source>
        <translation>просматривать каталог</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} is a folder, not a store file.</source>
        <translation>{path} — это папка, а не файл базы.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} is not a Back Office store (not an SQLite database, or corrupt).</source>
        <translation>{path} — не база Back Office (это не база данных SQLite, или файл повреждён).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{store} already holds other data and is not a Back Office store.</source>
        <translation>{store} уже содержит другие данные и не является базой Back Office.</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../ui/messages.py" line="+34"/>
        <source>Not allowed</source>
        <translation>Действие запрещено</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changed by someone else</source>
        <translation>Изменено другим пользователем</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot do that</source>
        <translation>Действие невозможно</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unexpected error</source>
        <translation>Непредвиденная ошибка</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Something went wrong and nothing was saved: {0}</source>
        <translation>Произошла ошибка, ничего не сохранено: {0}</translation>
    </message>
</context>
</TS>
