<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en_US">
<context>
    <name></name>
    <message>
        <location filename="../../ui/list_search.py" line="+55"/>
        <source>Press Enter to search</source>
        <translation>Нажмите Enter для поиска</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>counting…</source>
        <translation>подсчёт…</translation>
    </message>
</context>
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
        <location line="+42"/>
        <source>All categories</source>
        <translation>Все категории</translation>
    </message>
    <message>
        <location line="+30"/>
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
        <location line="-50"/>
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n товар</numerusform>
            <numerusform>%n товара</numerusform>
            <numerusform>%n товаров</numerusform>
        </translation>
    </message>
    <message>
        <location line="+86"/>
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
    <name>CountDialog</name>
    <message>
        <location filename="../../ui/stock/count_dialog.py" line="+54"/>
        <source>Scan each item (12* before a scan adds 12)</source>
        <translation>Отсканируйте каждый товар (12* перед сканированием добавляет сразу 12)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Counted quantity…</source>
        <translation>Фактическое количество…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Variance report</source>
        <translation>Ведомость расхождений</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Uncounted lines are zero</source>
        <translation>Неподсчитанные строки считать нулевыми</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post the count</source>
        <translation>Провести инвентаризацию</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close (keep the draft)</source>
        <translation>Закрыть (сохранить черновик)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bin:</source>
        <translation>Ячейка:</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Stock count{0}</source>
        <translation>Инвентаризация{0}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(blind)</source>
        <translation>(слепая)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+24"/>
        <source>SKU</source>
        <translation>Артикул</translation>
    </message>
    <message>
        <location line="-24"/>
        <location line="+24"/>
        <source>Name</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <location line="-24"/>
        <location line="+24"/>
        <source>Bin</source>
        <translation>Ячейка</translation>
    </message>
    <message>
        <location line="-24"/>
        <location line="+24"/>
        <source>Expected</source>
        <translation>По учёту</translation>
    </message>
    <message>
        <location line="-24"/>
        <location line="+24"/>
        <source>Counted</source>
        <translation>Подсчитано</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Counted {0} of {1} lines</source>
        <translation>Подсчитано строк: {0} из {1}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Difference</source>
        <translation>Расхождение</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Surplus {0}, shortage {1}, net {2}; not counted: {3}</source>
        <translation>Излишки {0}, недостачи {1}, итого {2}; не подсчитано: {3}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>✓ {0} {1}: counted {2}</source>
        <translation>✓ {0} {1}: подсчитано {2}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Counted quantity</source>
        <translation>Фактическое количество</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Stock count {0} posted.</source>
        <translation>Инвентаризация {0} проведена.</translation>
    </message>
</context>
<context>
    <name>DamageDialog</name>
    <message>
        <location filename="../../ui/intake/dialogs.py" line="+132"/>
        <source>Broken packaging</source>
        <translation>Повреждена упаковка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Broken item</source>
        <translation>Повреждён товар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wet</source>
        <translation>Подмочен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expired</source>
        <translation>Истёк срок годности</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrong item</source>
        <translation>Пересорт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Damaged units</source>
        <extracomment>Side of the photo&apos;s thumbnail, in pixels.</extracomment>
        <translation>Бракованный товар</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Quarantine (kept apart, may go back to the supplier)</source>
        <translation>Карантин (хранится отдельно, может быть возвращён поставщику)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scrap (written off)</source>
        <translation>Списание (в утиль)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Photo of the damage or delivery note…</source>
        <translation>Фото повреждения или накладной…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove photo</source>
        <translation>Убрать фото</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Damaged quantity:</source>
        <translation>Количество брака:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason:</source>
        <translation>Причина:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put into:</source>
        <translation>Направить в:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photo:</source>
        <translation>Фото:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Photo of the damage or delivery note</source>
        <translation>Фото повреждения или накладной</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images (*.jpg *.jpeg *.png *.webp *.gif *.bmp *.tif *.tiff);;All files (*)</source>
        <translation>Изображения (*.jpg *.jpeg *.png *.webp *.gif *.bmp *.tif *.tiff);;Все файлы (*)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>no preview</source>
        <translation>нет превью</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A photo is attached.</source>
        <translation>Фото приложено.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No photo (optional).</source>
        <translation>Без фото (необязательно).</translation>
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
    <name>IntakeWorkspace</name>
    <message>
        <location filename="../../ui/intake/workspace.py" line="+89"/>
        <source>Receive a purchase order…</source>
        <translation>Приёмка по заказу…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Without an order…</source>
        <translation>Без заказа…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Drafts</source>
        <translation>Черновики</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Posted</source>
        <translation>Проведённые</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All receipts</source>
        <translation>Все приёмки</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Start receiving: choose “Receive a purchase order…” for a delivery against an order, or “Without an order…”. Then scan each item; the scanner works wherever the cursor is.</source>
        <translation>Чтобы начать приёмку, выберите «Приёмка по заказу…» для поставки по заказу поставщику или «Без заказа…». Затем отсканируйте каждый товар: сканер работает, где бы ни стоял курсор.</translation>
    </message>
</context>
<context>
    <name>LabelsDialog</name>
    <message>
        <location filename="../../ui/intake/dialogs.py" line="+76"/>
        <source>Print barcode labels</source>
        <translation>Печать этикеток со штрихкодами</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SKU</source>
        <translation>Артикул</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Labels</source>
        <translation>Этикеток</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Label printer, 58×40 mm, one label per page</source>
        <translation>Принтер этикеток, 58×40 мм, по одной этикетке на странице</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A4 sheets, 3×8 labels of 70×37 mm</source>
        <translation>Листы A4, 3×8 этикеток 70×37 мм</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Make PDF</source>
        <translation>Создать PDF</translation>
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
    <name>LedgerView</name>
    <message>
        <location filename="../../ui/stock/ledger_view.py" line="+15"/>
        <source>Receipt</source>
        <translation>Приёмка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adjustment</source>
        <translation>Корректировка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stock count</source>
        <translation>Инвентаризация</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write-off</source>
        <translation>Списание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transfer</source>
        <translation>Перемещение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return to supplier</source>
        <translation>Возврат поставщику</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sale</source>
        <translation>Продажа</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+26"/>
        <source>Select a row to see the product&apos;s moves.</source>
        <translation>Выберите строку, чтобы увидеть движения товара.</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From</source>
        <translation>Откуда</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To</source>
        <translation>Куда</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balance</source>
        <translation>Остаток</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Moves of {0}</source>
        <translation>Движения товара {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(latest {0} of {1})</source>
        <translation>(последние {0} из {1})</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Unit cost {0}</source>
        <translation>Себестоимость за единицу {0}</translation>
    </message>
</context>
<context>
    <name>LinkBarcodeDialog</name>
    <message>
        <location filename="../../ui/intake/dialogs.py" line="-90"/>
        <source>Unknown barcode {0}</source>
        <translation>Неизвестный штрихкод {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find the product by SKU or name</source>
        <translation>Найдите товар по артикулу или наименованию</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SKU</source>
        <translation>Артикул</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>one unit</source>
        <translation>одну единицу товара</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a pack</source>
        <translation>упаковку</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The barcode {0} will belong to the chosen product; the scan is then applied.</source>
        <translation>Штрихкод {0} будет привязан к выбранному товару, после чего сканирование будет учтено.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The barcode stands for:</source>
        <translation>Штрихкод обозначает:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Units in the pack:</source>
        <translation>Единиц в упаковке:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Link</source>
        <translation>Привязать</translation>
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
        <location filename="../../ui/main_window.py" line="+35"/>
        <source>Back Office — {0}</source>
        <translation>Back Office — {0}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Your roles give you no workspace yet. Ask an administrator.</source>
        <translation>Вашим ролям пока не открыт ни один раздел. Обратитесь к администратору.</translation>
    </message>
    <message>
        <location line="+14"/>
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
        <location line="+51"/>
        <source>About Back Office</source>
        <translation>О программе Back Office</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>User: {0}</source>
        <translation>Пользователь: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store: {0}</source>
        <translation>База: {0}</translation>
    </message>
    <message>
        <location line="+38"/>
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
        <location line="-131"/>
        <source>Welcome</source>
        <translation>Добро пожаловать</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>System language</source>
        <translation>Язык системы</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <location filename="../../ui/stock/documents.py" line="+37"/>
        <source>Damaged</source>
        <translation>Порча</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expired</source>
        <translation>Истёк срок годности</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Defective</source>
        <translation>Брак</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost</source>
        <translation>Утеря</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other (explain)</source>
        <translation>Другое (укажите причину)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Adjust stock</source>
        <translation>Корректировка остатков</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Write off</source>
        <translation>Списание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move to another bin</source>
        <translation>Перемещение в другую ячейку</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Bin:</source>
        <translation>Ячейка:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{0}, on hand {1}</source>
        <translation>{0}, в наличии {1}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change (+ or −):</source>
        <translation>Изменение (+ или −):</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>Reason:</source>
        <translation>Причина:</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+4"/>
        <source>Quantity:</source>
        <translation>Количество:</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Explanation:</source>
        <translation>Пояснение:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To bin:</source>
        <translation>В ячейку:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Post</source>
        <translation>Провести</translation>
    </message>
</context>
<context>
    <name>OrderPickerDialog</name>
    <message>
        <location filename="../../ui/intake/dialogs.py" line="-211"/>
        <source>Receive a purchase order</source>
        <translation>Приёмка по заказу поставщику</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order number or supplier</source>
        <translation>Номер заказа или поставщик</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Order</source>
        <translation>Заказ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Supplier</source>
        <translation>Поставщик</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expected</source>
        <translation>Ожидается</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lines</source>
        <translation>Строк</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outstanding</source>
        <translation>Осталось принять</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No purchase orders are waiting for delivery.</source>
        <translation>Нет заказов поставщикам, ожидающих поставки.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Warehouse:</source>
        <translation>Склад:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Start receiving</source>
        <translation>Начать приёмку</translation>
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
        <location filename="../../ui/catalog/workspace.py" line="-224"/>
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
        <location filename="../../ui/catalog/product_model.py" line="+32"/>
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
        <location line="+69"/>
        <source>published</source>
        <translation>Опубликован</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>hidden</source>
        <translation>Скрыт</translation>
    </message>
    <message>
        <location line="-67"/>
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
    <name>ReceiptEditor</name>
    <message>
        <location filename="../../ui/intake/receipt_editor.py" line="+50"/>
        <source>posted</source>
        <translation>проведена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancelled</source>
        <translation>отменена</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Post receipt</source>
        <translation>Провести приёмку</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Print</source>
        <translation>Печать</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Receipt (PDF)</source>
        <translation>Приходная накладная (PDF)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discrepancy report (PDF)</source>
        <translation>Акт о расхождениях (PDF)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Barcode labels…</source>
        <translation>Этикетки со штрихкодами…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delivery note…</source>
        <translation>Накладная поставщика…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reverse…</source>
        <translation>Сторнировать…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Return damaged to supplier…</source>
        <translation>Вернуть брак поставщику…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Post a return to the supplier of the damaged units in quarantine</source>
        <translation>Провести возврат поставщику бракованных единиц из карантина</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+341"/>
        <source>Cancel draft</source>
        <translation>Отменить черновик</translation>
    </message>
    <message>
        <location line="-336"/>
        <source>Scan a barcode (type 12* before a scan to add 12)</source>
        <translation>Отсканируйте штрихкод (чтобы добавить сразу 12, наберите 12* перед сканированием)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Link this barcode to a product…</source>
        <translation>Привязать штрихкод к товару…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Quantity…</source>
        <translation>Количество…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Damaged…</source>
        <translation>Брак…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bin…</source>
        <translation>Ячейка…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Over-delivery reason…</source>
        <translation>Причина излишка…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove line</source>
        <translation>Удалить строку</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>draft</source>
        <translation>(черновик)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Receipt {0}</source>
        <translation>Приёмка {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>order {0}</source>
        <translation>заказ {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>delivery note {0}</source>
        <translation>накладная {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reverses {0}</source>
        <translation>сторно приёмки {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reversed by {0}</source>
        <translation>сторнирована приёмкой {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>posted {0}</source>
        <translation>проведена {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>damaged units returned with {0}</source>
        <translation>брак возвращён документом {0}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Received {0}, damaged {1}, amount {2}</source>
        <translation>Принято {0}, брак {1}, сумма {2}</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>{0} of {1}</source>
        <translation>{0} из {1}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>✓ +{0}  {1}  —  {2}</source>
        <translation>✓ +{0}  {1}  —  {2}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>More than ordered: {0}  —  {1} (+{2})</source>
        <translation>Больше заказанного: {0}  —  {1} (+{2})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not on this order: {0} (added as an extra line)</source>
        <translation>Нет в заказе: {0} (добавлен отдельной строкой)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown barcode {0}: link it to a product, or set the item aside</source>
        <translation>Неизвестный штрихкод {0}: привяжите его к товару или отложите товар в сторону</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This marking code was already received: {0}</source>
        <translation>Этот код маркировки уже принят: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} is marked goods: scan each unit&apos;s DataMatrix code</source>
        <translation>{0} — маркированный товар: отсканируйте код DataMatrix каждой единицы</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not a valid code: {0}. {1}</source>
        <translation>Недопустимый код: {0}. {1}</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Quantity received</source>
        <translation>Принятое количество</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Photo of the damage</source>
        <translation>Фото повреждения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file {0} can&apos;t be read: {1}</source>
        <translation>Не удалось прочитать файл {0}: {1}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Saving the photo…</source>
        <translation>Сохранение фото…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Put away into</source>
        <translation>Разместить в ячейку</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Why accept more than ordered?</source>
        <translation>Почему принимается больше заказанного?</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Supplier&apos;s delivery note</source>
        <translation>Накладная поставщика</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number and date of the delivery note:</source>
        <translation>Номер и дата накладной:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cancel this draft receipt?</source>
        <translation>Отменить черновик приёмки?</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Posting…</source>
        <translation>Проведение…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Receipt {0} posted: stock is in the bins.</source>
        <translation>Приёмка {0} проведена: товар размещён по ячейкам.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Reverse the receipt</source>
        <translation>Сторнирование приёмки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why is receipt {0} reversed?</source>
        <translation>Почему сторнируется приёмка {0}?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reversing receipt {0} posted.</source>
        <translation>Сторнирующая приёмка {0} проведена.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Return damaged to supplier</source>
        <translation>Возврат брака поставщику</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post a return to {0} of the {1} damaged units of receipt {2} kept in quarantine?</source>
        <translation>Вернуть поставщику «{0}» брак из карантина по приёмке {2}: {1} ед.?</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Return {0} posted: {1} units back to the supplier</source>
        <translation>Возврат {0} проведён: поставщику возвращено {1} ед.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Barcode labels</source>
        <translation>Этикетки со штрихкодами</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nothing has been received to label yet.</source>
        <translation>Пока нет принятых товаров, для которых можно напечатать этикетки.</translation>
    </message>
</context>
<context>
    <name>ReceiptLinesModel</name>
    <message>
        <location filename="../../ui/intake/lines_model.py" line="+18"/>
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
        <source>Unit</source>
        <translation>Ед. изм.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected</source>
        <translation>Ожидается</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>Принято</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Damaged</source>
        <translation>Брак</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Difference</source>
        <translation>Расхождение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bin</source>
        <translation>Ячейка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost</source>
        <translation>Цена закупки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Not on the purchase order</source>
        <translation>Нет в заказе поставщику</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Damaged: {0}</source>
        <translation>Брак: {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Over-delivery: {0}</source>
        <translation>Излишек: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/intake/receipt_editor.py" line="-496"/>
        <source>A photo of the damage is attached.</source>
        <translation>Приложено фото повреждения.</translation>
    </message>
</context>
<context>
    <name>ReceiptListModel</name>
    <message>
        <location filename="../../ui/intake/workspace.py" line="-61"/>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Supplier</source>
        <translation>Поставщик</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Order {0}</source>
        <translation>Заказ {0}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>draft</source>
        <translation>черновик</translation>
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
    <name>StockLevelsModel</name>
    <message>
        <location filename="../../ui/stock/levels_model.py" line="+22"/>
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
        <source>Bin</source>
        <translation>Ячейка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On hand</source>
        <translation>В наличии</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reserved</source>
        <translation>Резерв</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Available</source>
        <translation>Доступно</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average cost</source>
        <translation>Себестоимость</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>all bins</source>
        <translation>все ячейки</translation>
    </message>
</context>
<context>
    <name>StockWorkspace</name>
    <message>
        <location filename="../../ui/stock/workspace.py" line="+42"/>
        <source>Search by SKU, barcode or name</source>
        <translation>Поиск по артикулу, штрихкоду или наименованию</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Totals per product</source>
        <translation>Итоги по товарам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zero</source>
        <translation>Нулевые</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Negative</source>
        <translation>Отрицательные</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Below reorder point</source>
        <translation>Ниже точки заказа</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>All categories</source>
        <translation>Все категории</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All bins</source>
        <translation>Все ячейки</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Nothing in stock matches this selection.</source>
        <translation>В этом отборе нет остатков.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No stock yet: goods arrive through Intake.</source>
        <translation>Остатков пока нет: товар поступает через раздел «Приёмка».</translation>
    </message>
    <message numerus="yes">
        <location line="-64"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n строка</numerusform>
            <numerusform>%n строки</numerusform>
            <numerusform>%n строк</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/stock/documents.py" line="+39"/>
        <source>Adjust…</source>
        <translation>Корректировать…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write off…</source>
        <translation>Списать…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move to bin…</source>
        <translation>Переместить в ячейку…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Stock count…</source>
        <translation>Инвентаризация…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>blind</source>
        <translation>слепая</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counters don&apos;t see the expected quantities</source>
        <translation>Участники пересчёта не видят учётное количество</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>{0} posted.</source>
        <translation>Документ {0} проведён.</translation>
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
    <name>SupplierPickerDialog</name>
    <message>
        <location filename="../../ui/intake/dialogs.py" line="+31"/>
        <source>Receive without an order</source>
        <translation>Приёмка без заказа</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Supplier:</source>
        <translation>Поставщик:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warehouse:</source>
        <translation>Склад:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start receiving</source>
        <translation>Начать приёмку</translation>
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
        <location filename="../../ui/workspaces.py" line="+59"/>
        <source>Intake</source>
        <translation>Приёмка</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stock</source>
        <translation>Склад</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <source>&apos;{code}&apos; can&apos;t be linked: {reason}</source>
        <translation>«{code}» нельзя привязать: {reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{code}&apos; is not a write-off reason.</source>
        <translation>«{code}» не является причиной списания.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{text}&apos; has more than three decimal places.</source>
        <translation>В «{text}» больше трёх знаков после запятой.</translation>
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
        <source>&apos;{text}&apos; is not a quantity; expected a number such as 12 or 1,5.</source>
        <translation>«{text}» — не количество; введите число, например 12 или 1,5.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{text}&apos; is not a quantity; type a number such as 12 or 1,5.</source>
        <translation>«{text}» — не количество; введите число, например 12 или 1,5.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{text}&apos; is too large for a price.</source>
        <translation>«{text}» — слишком большая цена.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{text}&apos; is too large for a quantity.</source>
        <translation>«{text}» — слишком большое количество.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A barcode is for a unit or for a pack, not &apos;{kind}&apos;.</source>
        <translation>Штрихкод может обозначать единицу товара или упаковку, но не «{kind}».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A marking code stands for one unit of {sku}: scan each unit&apos;s code without a quantity.</source>
        <translation>Код маркировки обозначает одну единицу товара {sku}: сканируйте код каждой единицы без указания количества.</translation>
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
        <source>A transfer needs two different bins; {location} is both.</source>
        <translation>Для перемещения нужны две разные ячейки, а указана одна и та же: {location}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An adjustment needs a quantity other than zero.</source>
        <translation>Количество в корректировке не может быть нулевым.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backup copies are made for SQLite stores only; use pg_dump for PostgreSQL.</source>
        <translation>Резервные копии создаются только для баз SQLite; для PostgreSQL используйте pg_dump.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bin {bin} is not in the receipt&apos;s warehouse.</source>
        <translation>Ячейка {bin} не относится к складу приёмки.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bin {location} is closed.</source>
        <translation>Ячейка {location} закрыта.</translation>
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
        <source>Category #{category_id} does not exist.</source>
        <translation>Категория № {category_id} не найдена.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a bin.</source>
        <translation>Выберите ячейку.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a storage bin to put the goods away in.</source>
        <translation>Выберите ячейку для размещения товара.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose at least one bin to count.</source>
        <translation>Выберите хотя бы одну ячейку для инвентаризации.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose why {sku} is written off.</source>
        <translation>Выберите причину списания {sku}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Damaged goods go to quarantine or to scrap, not &apos;{kind}&apos;.</source>
        <translation>Бракованный товар направляется в карантин или на списание, но не в «{kind}».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Describe why {sku} is written off.</source>
        <translation>Опишите причину списания {sku}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Document line #{line_id} does not exist.</source>
        <translation>Строка документа № {line_id} не найдена.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Document {number} has no lines: add the goods first.</source>
        <translation>В документе {number} нет строк: сначала добавьте товар.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Document {number} is already cancelled.</source>
        <translation>Документ {number} уже отменён.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Document {number} is already posted.</source>
        <translation>Документ {number} уже проведён.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Document {number} is cancelled and can&apos;t be changed.</source>
        <translation>Документ {number} отменён, изменить его нельзя.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Document {number} is cancelled and can&apos;t be posted.</source>
        <translation>Документ {number} отменён, провести его нельзя.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Document {number} is not a stock count.</source>
        <translation>Документ {number} не является инвентаризацией.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Document {number} is posted and can&apos;t be cancelled; correct it with a new adjustment.</source>
        <translation>Документ {number} проведён, отменить его нельзя; для исправления оформите новую корректировку.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Document {number} is posted and can&apos;t be changed.</source>
        <translation>Документ {number} проведён, изменить его нельзя.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Document {number} was changed on another workstation (version {version}, you saw version {expected_version}). Check it again before posting.</source>
        <translation>Документ {number} изменён на другом рабочем месте (версия {version}, вы видели версию {expected_version}). Проверьте его ещё раз перед проведением.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Documents of this kind are posted elsewhere.</source>
        <translation>Документы этого вида проводятся в другом разделе.</translation>
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
        <source>Give a reason for adjusting {sku}.</source>
        <translation>Укажите причину корректировки {sku}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the reason for reversing the receipt.</source>
        <translation>Укажите причину сторнирования приёмки.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the reason the units of {sku} are damaged.</source>
        <translation>Укажите причину брака товара {sku}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the user at least one role.</source>
        <translation>Назначьте пользователю хотя бы одну роль.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lines of a stock count are entered by counting, not added by hand.</source>
        <translation>Строки инвентаризации заполняются при пересчёте, а не добавляются вручную.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Location #{location_id} does not exist.</source>
        <translation>Место хранения № {location_id} не найдено.</translation>
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
        <source>Nothing was scanned.</source>
        <translation>Ничего не отсканировано.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only {on_hand} of {sku} are left in {location}; the {quantity} damaged units of receipt {number} are no longer all there to return.</source>
        <translation>В {location} осталось только {on_hand} {sku}; бракованных единиц приёмки {number} ({quantity}) там уже нет, возвращать нечего.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only {received} of {sku} arrived on this line; {quantity} can&apos;t be damaged.</source>
        <translation>По этой строке принято только {received} товара {sku}; брак не может составлять {quantity}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Post a stock count with its variance report.</source>
        <translation>Инвентаризация проводится из ведомости расхождений.</translation>
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
        <source>Purchase order #{order_id} does not exist.</source>
        <translation>Заказ поставщику № {order_id} не найден.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Purchase order {number} has been received in full.</source>
        <translation>Заказ поставщику {number} уже принят полностью.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Purchase order {number} is cancelled: goods can&apos;t be received against it.</source>
        <translation>Заказ поставщику {number} отменён: принимать товар по нему нельзя.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Purchase order {number} is closed: goods can&apos;t be received against it.</source>
        <translation>Заказ поставщику {number} закрыт: принимать товар по нему нельзя.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Purchase order {number} is not approved and sent yet ({state}): goods can&apos;t be received against it.</source>
        <translation>Заказ поставщику {number} ещё не согласован и не отправлен ({state}): принимать товар по нему нельзя.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Receipt #{receipt_id} does not exist.</source>
        <translation>Приёмка № {receipt_id} не найдена.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Receipt line #{line_id} does not exist.</source>
        <translation>Строка приёмки № {line_id} не найдена.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Receipt {number} is a draft: post it before returning its damaged units to the supplier.</source>
        <translation>Приёмка {number} — черновик: проведите её, прежде чем возвращать брак поставщику.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Receipt {number} is a reversal: there is nothing to return to the supplier.</source>
        <translation>Приёмка {number} — сторнирующая: возвращать поставщику нечего.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Receipt {number} is already posted.</source>
        <translation>Приёмка {number} уже проведена.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Receipt {number} is cancelled and can&apos;t be changed.</source>
        <translation>Приёмка {number} отменена, изменить её нельзя.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Receipt {number} is cancelled and can&apos;t be posted.</source>
        <translation>Приёмка {number} отменена, провести её нельзя.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Receipt {number} is cancelled: nothing was received to return.</source>
        <translation>Приёмка {number} отменена: ничего не принято, возвращать нечего.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Receipt {number} is empty: scan or add the goods that arrived.</source>
        <translation>Приёмка {number} пуста: отсканируйте или добавьте поступивший товар.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Receipt {number} is itself a reversal and can&apos;t be reversed.</source>
        <translation>Приёмка {number} сама является сторнирующей, сторнировать её нельзя.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Receipt {number} is not posted: change or cancel the draft instead.</source>
        <translation>Приёмка {number} не проведена: вместо этого измените или отмените черновик.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Receipt {number} is posted and can&apos;t be changed; correct it with a reversing receipt.</source>
        <translation>Приёмка {number} проведена, изменить её нельзя; для исправления сторнируйте её.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Receipt {number} put no damaged units into quarantine: there is nothing to return.</source>
        <translation>По приёмке {number} брак в карантин не помещался: возвращать нечего.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Receipt {number} was already reversed by {reversal}.</source>
        <translation>Приёмка {number} уже сторнирована приёмкой {reversal}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Receipt {number} was changed on another workstation (version {version}, you saw version {expected_version}). Check it again before posting.</source>
        <translation>Приёмка {number} изменена на другом рабочем месте (версия {version}, вы видели версию {expected_version}). Проверьте её ещё раз перед проведением.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Receipt {number} was reversed by {reversal}: its damaged units already went back with it.</source>
        <translation>Приёмка {number} сторнирована документом {reversal}: брак уже возвращён вместе с ней.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scan a barcode.</source>
        <translation>Отсканируйте штрихкод.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scan or type the barcode after the quantity ({quantity}*).</source>
        <translation>После количества ({quantity}*) отсканируйте или введите штрихкод.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stock count {number} has no lines: count some goods first.</source>
        <translation>В инвентаризации {number} нет строк: сначала пересчитайте товар.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stock document #{document_id} does not exist.</source>
        <translation>Складской документ № {document_id} не найден.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Supplier #{supplier_id} does not exist.</source>
        <translation>Поставщик № {supplier_id} не найден.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The GS1 code could not be read.</source>
        <translation>Не удалось прочитать код GS1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The GS1 code has no GTIN (AI 01).</source>
        <translation>В коде GS1 нет GTIN (AI 01).</translation>
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
        <source>The barcode {code} already belongs to {sku}.</source>
        <translation>Штрихкод {code} уже привязан к товару {sku}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The check digit of the GTIN in the code is wrong.</source>
        <translation>Неверная контрольная цифра GTIN в коде.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The check digit of the barcode is wrong.</source>
        <translation>Неверная контрольная цифра штрихкода.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The code has characters a barcode can&apos;t have.</source>
        <translation>В коде есть символы, недопустимые в штрихкоде.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The code is too long for a barcode.</source>
        <translation>Код слишком длинный для штрихкода.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The damaged units of receipt {number} were already returned with {return_number}.</source>
        <translation>Брак по приёмке {number} уже возвращён документом {return_number}.</translation>
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
        <source>The file is not a picture (JPEG, PNG, WebP, GIF, TIFF…).</source>
        <translation>Файл не является изображением (JPEG, PNG, WebP, GIF, TIFF…).</translation>
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
        <source>The marking code {code} is not on this receipt.</source>
        <translation>Кода маркировки {code} нет в этой приёмке.</translation>
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
        <source>The photo file is empty.</source>
        <translation>Файл фото пуст.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The photo is too large ({size} MB); the limit is {limit} MB.</source>
        <translation>Фото слишком большое ({size} МБ); предел — {limit} МБ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The photo of the damage was not found in the store.</source>
        <translation>Фото повреждения не найдено в базе.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The picture is damaged or incomplete and can&apos;t be read: {detail}</source>
        <translation>Изображение повреждено или неполное, прочитать его нельзя: {detail}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The picture is too large to open safely ({width}×{height} pixels); it may be a decompression bomb.</source>
        <translation>Изображение слишком велико, чтобы открыть его безопасно ({width}×{height} пикселей); возможно, это «бомба распаковки».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The picture is too large to open safely; it may be a decompression bomb.</source>
        <translation>Изображение слишком велико, чтобы открыть его безопасно; возможно, это «бомба распаковки».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The quantity must be a number.</source>
        <translation>Количество должно быть числом.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The quantity must be more than zero, not {quantity}.</source>
        <translation>Количество должно быть больше нуля, указано {quantity}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The reason is too long (at most 200 characters).</source>
        <translation>Причина слишком длинная (не более 200 символов).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The serial number in the code is too long.</source>
        <translation>Серийный номер в коде слишком длинный.</translation>
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
        <source>The store can&apos;t be reached: {error}</source>
        <translation>База недоступна: {error}</translation>
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
        <source>Unknown barcode {barcode}: no product has it.</source>
        <translation>Неизвестный штрихкод {barcode}: он не привязан ни к одному товару.</translation>
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
        <source>Warehouse #{warehouse_id} does not exist.</source>
        <translation>Склад № {warehouse_id} не найден.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warehouse {warehouse} has no quarantine location; create one or send the damaged units to scrap.</source>
        <translation>На складе {warehouse} нет зоны карантина; создайте её или отправьте брак на списание.</translation>
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
        <source>{location} is not a bin: stock can only be kept in bins and quarantine.</source>
        <translation>{location} — не ячейка: товар можно хранить только в ячейках и в карантине.</translation>
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
        <source>{quantity} is too large for a quantity.</source>
        <translation>{quantity} — слишком большое количество.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{sku} is counted in whole units ({unit}); {quantity} is not a whole number.</source>
        <translation>{sku} учитывается в целых единицах ({unit}); {quantity} — не целое число.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{sku} is marked goods: its quantity follows the scanned codes. Scan a unit&apos;s code to add it, or remove its code.</source>
        <translation>{sku} — маркированный товар: его количество определяется отсканированными кодами. Чтобы добавить единицу, отсканируйте её код; чтобы убрать — удалите её код.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{sku} is marked goods: scan the marking code of each unit.</source>
        <translation>{sku} — маркированный товар: отсканируйте код маркировки каждой единицы.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{sku} is marked goods: {units} units but {codes} marking codes scanned.</source>
        <translation>{sku} — маркированный товар: единиц — {units}, а отсканировано кодов маркировки — {codes}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{sku}: choose the bin to put the goods away in.</source>
        <translation>{sku}: выберите ячейку для размещения товара.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{sku}: {over} more than ordered arrived (beyond the {tolerance}% tolerance); give a reason to accept it.</source>
        <translation>{sku}: поступило на {over} больше заказанного (сверх допуска {tolerance}%); чтобы принять излишек, укажите причину.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{sku}: {received} arrived, more than ordered beyond the {tolerance}% tolerance; over-delivery is refused by the settings.</source>
        <translation>{sku}: поступило {received} — больше заказанного сверх допуска {tolerance}%; по настройкам излишки не принимаются.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{store} already holds other data and is not a Back Office store.</source>
        <translation>{store} уже содержит другие данные и не является базой Back Office.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{uncounted} of {total} lines of stock count {number} are not counted. Count them, or confirm that they are zero.</source>
        <translation>В инвентаризации {number} не подсчитано строк: {uncounted} из {total}. Подсчитайте их или подтвердите, что остаток по ним нулевой.</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../ui/messages.py" line="+36"/>
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
        <location line="+24"/>
        <source>Something went wrong and nothing was saved: {0}</source>
        <translation>Произошла ошибка, ничего не сохранено: {0}</translation>
    </message>
</context>
</TS>
