<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en_US">
<context>
    <name></name>
    <message>
        <location filename="../../ui/list_search.py" line="+56"/>
        <source>Press Enter to search</source>
        <translation>Нажмите Enter для поиска</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>counting…</source>
        <translation>подсчёт…</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/card/fields.py" line="+57"/>
        <source>Attribute</source>
        <extracomment>Longer text is cut in the history and conflict tables (the full value is the tooltip).</extracomment>
        <translation>Свойство</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Variant</source>
        <translation>Модификация</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+19"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+19"/>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{0} (pack of {1})</source>
        <translation>{0} (упаковка по {1})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{0} (removed)</source>
        <translation>{0} (удалена)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/sales_import_wizard.py" line="+39"/>
        <source>new</source>
        <translation>новый</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>processing</source>
        <translation>в обработке</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>shipped</source>
        <translation>отправлен</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>completed</source>
        <translation>выполнен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancelled</source>
        <translation>отменён</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>returned</source>
        <translation>возврат</translation>
    </message>
</context>
<context>
    <name>AddToOrderDialog</name>
    <message>
        <location filename="../../ui/purchasing/product_page.py" line="+146"/>
        <source>Add {0} to an order</source>
        <translation>Добавить {0} в заказ</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Supplier:</source>
        <translation>Поставщик:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order:</source>
        <translation>Заказ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantity, {0}:</source>
        <translation>Количество, {0}:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There are no suppliers yet: add one on the Suppliers page first.</source>
        <translation>Поставщиков пока нет: сначала добавьте поставщика на вкладке «Поставщики».</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Draft {0}</source>
        <translation>Черновик {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new draft order</source>
        <translation>Новый черновик заказа</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This supplier has no offer for the product: the line gets no price until you set one on the order.</source>
        <translation>У этого поставщика нет предложения по товару: строка будет без цены, пока вы не укажете её в заказе.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price {0}, packs of {1}, minimum order {2}, supplier stock {3}, lead time {4} days. Suggested: 30 days of sales and the safety stock, less what is in stock and coming, in whole packs.</source>
        <translation>Цена {0}, упаковка по {1}, минимальная партия {2}, остаток у поставщика {3}, срок поставки {4} дн. Предложено: продажи за 30 дней плюс страховой запас за вычетом остатка и ожидаемых поступлений, целыми упаковками.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose a supplier first.</source>
        <translation>Сначала выберите поставщика.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Type a quantity above zero, e.g. 12.</source>
        <translation>Введите количество больше нуля, например 12.</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <location filename="../../app.py" line="+151"/>
        <source>Cannot open the store</source>
        <extracomment>The first administrator asked for a demo shop: offered once the window shows.</extracomment>
        <translation>Не удалось открыть базу</translation>
    </message>
</context>
<context>
    <name>AttributeForm</name>
    <message>
        <location filename="../../ui/catalog/attribute_set_dialog.py" line="+80"/>
        <source>e.g. kg, cm, W</source>
        <translation>например, кг, см, Вт</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One choice per line</source>
        <translation>По одному значению в строке</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Required on every sales channel</source>
        <translation>Обязательно во всех каналах продаж</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Name:</source>
        <extracomment>A box per channel: required by that channel only (when not on every channel).</extracomment>
        <translation>Название:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind:</source>
        <translation>Тип:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit:</source>
        <translation>Единица:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choices:</source>
        <translation>Значения:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Or only by:</source>
        <translation>Или только в:</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Every channel requires it; untick “Required on every sales channel” to choose.</source>
        <translation>Обязательно во всех каналах; чтобы выбрать каналы, снимите флажок «Обязательно во всех каналах продаж».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channels that require it while the others don&apos;t.</source>
        <translation>Каналы, которым оно нужно, хотя другим нет.</translation>
    </message>
</context>
<context>
    <name>AttributeSetDialog</name>
    <message>
        <location line="-93"/>
        <source>Text</source>
        <extracomment>How each attribute kind is called in the interface (context &quot;AttributeSetDialog&quot;).</extracomment>
        <translation>Текст</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choice list</source>
        <translation>Список значений</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes/no</source>
        <translation>Да/нет</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>Name</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>Ед. изм.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choices</source>
        <translation>Значения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Required</source>
        <translation>Обязательное</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Products</source>
        <translation>Товаров</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Defined in</source>
        <translation>Задано в</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Attributes of {0}</source>
        <translation>Свойства категории «{0}»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category: &lt;b&gt;{0}&lt;/b&gt;</source>
        <translation>Категория: &lt;b&gt;{0}&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Product cards of this category show these fields on the Attributes tab. Greyed attributes come from a parent category and are edited there.</source>
        <translation>Карточки товаров этой категории показывают эти поля на вкладке «Свойства». Серые свойства заданы в родительской категории и редактируются там.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This category has no attributes yet. Add the first one.</source>
        <translation>У этой категории пока нет свойств. Добавьте первое.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add…</source>
        <translation>Добавить…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Up</source>
        <translation>Выше</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Down</source>
        <translation>Ниже</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>From the parent category {0}; edit it there.</source>
        <translation>Из родительской категории «{0}»; редактируйте его там.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>New attribute</source>
        <translation>Новое свойство</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Attribute {0}</source>
        <translation>Свойство «{0}»</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>&apos;{0}&apos; is filled in on %n product(s). Delete the attribute and remove these values from the products?</source>
        <translation>
            <numerusform>Свойство «{0}» заполнено у %n товара. Удалить свойство и убрать это значение из товаров?</numerusform>
            <numerusform>Свойство «{0}» заполнено у %n товаров. Удалить свойство и убрать эти значения из товаров?</numerusform>
            <numerusform>Свойство «{0}» заполнено у %n товаров. Удалить свойство и убрать эти значения из товаров?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete the attribute &apos;{0}&apos;?</source>
        <translation>Удалить свойство «{0}»?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete attribute</source>
        <translation>Удаление свойства</translation>
    </message>
</context>
<context>
    <name>AttributesTab</name>
    <message>
        <location filename="../../ui/catalog/card/attributes_tab.py" line="+51"/>
        <source>This category has no attributes. Choose the product&apos;s category on the Main tab; attribute sets are kept per category.</source>
        <translation>У этой категории нет свойств. Выберите категорию товара на вкладке «Основное»: наборы свойств задаются для каждой категории.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fields marked * are required to publish the product.</source>
        <translation>Поля, отмеченные *, обязательны для публикации товара.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A channel named in brackets requires the field only there.</source>
        <translation>Если в скобках указан канал, поле обязательно только для него.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a number, e.g. 1,5</source>
        <translation>число, например 1,5</translation>
    </message>
</context>
<context>
    <name>BulkEditDialog</name>
    <message>
        <location filename="../../ui/catalog/bulk_dialog.py" line="+61"/>
        <source>Bulk edit</source>
        <translation>Массовое изменение</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Set category</source>
        <translation>Задать категорию</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set brand</source>
        <translation>Задать бренд</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set publish state</source>
        <translation>Опубликовать или скрыть</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change prices</source>
        <translation>Изменить цены</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No category</source>
        <translation>Без категории</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No brand</source>
        <translation>Без бренда</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Published on the website</source>
        <translation>Опубликован на сайте</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hidden from the website</source>
        <translation>Скрыт на сайте</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>by a percentage, %</source>
        <translation>в процентах, %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by an amount, ₽</source>
        <translation>в рублях, ₽</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. 10 or -5</source>
        <translation>например, 10 или -5</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>to kopecks</source>
        <translation>до копеек</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to whole roubles</source>
        <translation>до целых рублей</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to end in 9 (1 239)</source>
        <translation>до окончания на 9 (1 239)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to end in 99 (1 299)</source>
        <translation>до окончания на 99 (1 299)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>rounded</source>
        <translation>с округлением</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>the %n selected product(s)</source>
        <translation>
            <numerusform>к %n выбранному товару</numerusform>
            <numerusform>к %n выбранным товарам</numerusform>
            <numerusform>к %n выбранным товарам</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>every product the list shows (with its filters)</source>
        <translation>ко всем товарам списка (с учётом фильтров)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Change:</source>
        <translation>Действие:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To:</source>
        <translation>Значение:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply to:</source>
        <translation>Применить:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preview</source>
        <translation>Предпросмотр</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the change and press Preview: nothing is written before Apply.</source>
        <translation>Выберите изменение и нажмите «Предпросмотр»: до нажатия «Применить» ничего не сохраняется.</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <source>Now</source>
        <translation>Сейчас</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New</source>
        <translation>Станет</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Working out the preview…</source>
        <translation>Подготовка предпросмотра…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>(old price cleared)</source>
        <translation>(старая цена сброшена)</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n product(s) will change</source>
        <translation>
            <numerusform>Изменится %n товар</numerusform>
            <numerusform>Изменятся %n товара</numerusform>
            <numerusform>Изменятся %n товаров</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>of %n selected.</source>
        <translation>
            <numerusform>из %n выбранного.</numerusform>
            <numerusform>из %n выбранных.</numerusform>
            <numerusform>из %n выбранных.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The first %n are listed.</source>
        <translation>
            <numerusform>Показаны первые %n.</numerusform>
            <numerusform>Показаны первые %n.</numerusform>
            <numerusform>Показаны первые %n.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No product can change; the reasons are below.</source>
        <translation>Ни один товар нельзя изменить; причины — ниже.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing to change: the selected products already have this value.</source>
        <translation>Менять нечего: у выбранных товаров уже это значение.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>lacks required attributes of the category</source>
        <translation>не заполнены обязательные свойства категории</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the price would fall below zero</source>
        <translation>цена стала бы отрицательной</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n product(s) stay as they are:</source>
        <translation>
            <numerusform>%n товар останется без изменений:</numerusform>
            <numerusform>%n товара останутся без изменений:</numerusform>
            <numerusform>%n товаров останутся без изменений:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… и ещё %n</numerusform>
            <numerusform>… и ещё %n</numerusform>
            <numerusform>… и ещё %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>published</source>
        <translation>опубликован</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>hidden</source>
        <translation>скрыт</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Applying…</source>
        <translation>Применение…</translation>
    </message>
</context>
<context>
    <name>CardFields</name>
    <message>
        <location filename="../../ui/catalog/card/fields.py" line="-94"/>
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
        <source>Retail price</source>
        <translation>Розничная цена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Old price</source>
        <translation>Старая цена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On the website</source>
        <translation>На сайте</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>Активен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Short description</source>
        <translation>Краткое описание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weight, kg</source>
        <translation>Вес, кг</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Length, mm</source>
        <translation>Длина, мм</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Width, mm</source>
        <translation>Ширина, мм</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Height, mm</source>
        <translation>Высота, мм</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VAT rate</source>
        <translation>Ставка НДС</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>URL slug</source>
        <translation>ЧПУ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meta title</source>
        <translation>Meta title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meta description</source>
        <translation>Meta description</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keywords</source>
        <translation>Ключевые слова</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Barcodes</source>
        <translation>Штрихкоды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Barcode</source>
        <translation>Штрихкод</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Variants</source>
        <translation>Модификации</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Variant values</source>
        <translation>Значения характеристик</translation>
    </message>
</context>
<context>
    <name>CatalogWorkspace</name>
    <message>
        <location filename="../../ui/catalog/workspace.py" line="+118"/>
        <source>Search by SKU, barcode or name</source>
        <translation>Поиск по артикулу, штрихкоду или наименованию</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Attributes of this category…</source>
        <translation>Свойства категории…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The fields product cards of this category show on the Attributes tab</source>
        <translation>Поля, которые карточки товаров этой категории показывают на вкладке «Свойства»</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>All products</source>
        <extracomment>The open attribute-set dialog, if any.</extracomment>
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
        <location line="+3"/>
        <source>Any completeness</source>
        <translation>Любая заполненность</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Incomplete for {0}</source>
        <translation>Неполные — {0}</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Change price…</source>
        <translation>Изменить цену…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open card</source>
        <translation>Открыть карточку</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New product</source>
        <translation>Новый товар</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Photos…</source>
        <extracomment>Open card windows by product id (None: a new product not saved yet).</extracomment>
        <translation>Фото…</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>All categories</source>
        <translation>Все категории</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>No products match “{0}”.</source>
        <translation>По запросу «{0}» товары не найдены.</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location line="-60"/>
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n товар</numerusform>
            <numerusform>%n товара</numerusform>
            <numerusform>%n товаров</numerusform>
        </translation>
    </message>
    <message>
        <location line="+161"/>
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
    <name>CategoryPicker</name>
    <message>
        <location filename="../../ui/catalog/card/category_picker.py" line="+95"/>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>(no category)</source>
        <translation>(без категории)</translation>
    </message>
</context>
<context>
    <name>CategoryPopup</name>
    <message>
        <location line="-84"/>
        <source>Find a category</source>
        <translation>Найти категорию</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>(no category)</source>
        <translation>(без категории)</translation>
    </message>
</context>
<context>
    <name>ChargesDialog</name>
    <message>
        <location filename="../../ui/intake/dialogs.py" line="+319"/>
        <source>Freight</source>
        <translation>Доставка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customs duty</source>
        <translation>Таможенная пошлина</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insurance</source>
        <translation>Страховка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>by value</source>
        <translation>по стоимости</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by quantity</source>
        <translation>по количеству</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by weight</source>
        <translation>по весу</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Delivery charges</source>
        <translation>Дополнительные расходы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Charges are spread over the received units when the receipt is posted and raise their cost (and the average cost).</source>
        <translation>При проведении приёмки расходы распределяются по принятым единицам и увеличивают их себестоимость (и среднюю себестоимость).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Charge</source>
        <translation>Вид расхода</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spread</source>
        <translation>Распределение</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add charge</source>
        <translation>Добавить расход</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
</context>
<context>
    <name>CompanyPage</name>
    <message>
        <location filename="../../ui/settings/company_page.py" line="+37"/>
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
        <location line="+66"/>
        <source>Company details saved.</source>
        <translation>Реквизиты организации сохранены.</translation>
    </message>
</context>
<context>
    <name>Completeness</name>
    <message>
        <location filename="../../ui/catalog/completeness_text.py" line="+12"/>
        <source>Website</source>
        <translation>Сайт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marketplace</source>
        <translation>Маркетплейс</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>URL slug</source>
        <translation>ЧПУ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>meta title</source>
        <translation>meta title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>meta description</source>
        <translation>meta description</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>main photo</source>
        <translation>главное фото</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>photos: {0} of {1}</source>
        <translation>фото: {0} из {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>description: {0} of {1} characters</source>
        <translation>описание: {0} из {1} символов</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>required attributes: {0} of {1} (empty: {2})</source>
        <translation>обязательные свойства: {0} из {1} (не заполнено: {2})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SEO: {0}</source>
        <translation>SEO: {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0}: {1}% complete, publishing needs {2}%</source>
        <translation>{0}: заполнено на {1}%, для публикации нужно {2}%</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Missing:</source>
        <translation>Не хватает:</translation>
    </message>
</context>
<context>
    <name>CompletenessPage</name>
    <message>
        <location filename="../../ui/settings/completeness_page.py" line="+44"/>
        <source>Card completeness</source>
        <translation>Заполненность карточек</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What each sales channel demands of a product card. A category follows its own rule, else its parent&apos;s, else the rule for all categories; the Catalog shows each product&apos;s percentage and refuses to publish below the threshold.</source>
        <translation>Что каждый канал продаж требует от карточки товара. Для категории действует её собственное правило, если его нет — правило родительской категории, иначе — правило для всех категорий. Каталог показывает процент заполненности каждого товара и не даёт опубликовать товар ниже порога.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Channel:</source>
        <translation>Канал:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Category:</source>
        <translation>Категория:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A main photo</source>
        <translation>Главное фото</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> characters</source>
        <translation> символов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The category&apos;s required attributes filled in</source>
        <translation>Заполнены обязательные свойства категории</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>URL slug, meta title and meta description</source>
        <translation>ЧПУ, meta title и meta description</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The card must have</source>
        <translation>В карточке должно быть</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Photos, at least:</source>
        <translation>Фото, не меньше:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description, at least:</source>
        <translation>Описание, не короче:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Publishing needs at least:</source>
        <translation>Для публикации нужно не меньше:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the rule</source>
        <translation>Сохранить правило</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+77"/>
        <source>Follow the parent&apos;s rule</source>
        <translation>Как у родительской</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>Attributes this channel requires</source>
        <translation>Свойства, обязательные для этого канала</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>All categories</source>
        <extracomment>The category&apos;s attributes by id; ticked: this channel requires it.</extracomment>
        <translation>Все категории</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The rule for all categories.</source>
        <translation>Правило для всех категорий.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The built-in rule for all categories (not changed yet).</source>
        <translation>Встроенное правило для всех категорий (ещё не изменялось).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This category&apos;s own rule.</source>
        <translation>Собственное правило этой категории.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follows the rule for all categories; saving gives the category its own.</source>
        <translation>Действует правило для всех категорий; при сохранении у категории появится собственное.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follows the rule of “{0}”; saving gives the category its own.</source>
        <translation>Действует правило категории «{0}»; при сохранении у категории появится собственное.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Back to the built-in rule</source>
        <translation>Вернуть встроенное правило</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Pick a category to choose which of its attributes this channel requires.</source>
        <translation>Выберите категорию, чтобы отметить, какие её свойства обязательны для этого канала.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This category has no attributes; the Catalog&apos;s “Attributes of this category…” adds them.</source>
        <translation>У этой категории нет свойств; их добавляют в каталоге командой «Свойства категории…».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ticked attributes must be filled in for this channel. Those required on every channel are changed in the category&apos;s attribute set.</source>
        <translation>Отмеченные свойства должны быть заполнены для этого канала. Свойства, обязательные во всех каналах, меняются в наборе свойств категории.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The rule above doesn&apos;t check attributes now: the ticks count once “The category&apos;s required attributes filled in” is saved on.</source>
        <translation>Правило выше сейчас не проверяет свойства: отметки начнут учитываться, когда будет сохранён флажок «Заполнены обязательные свойства категории».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} (from {1})</source>
        <translation>{0} (из «{1}»)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} — every channel</source>
        <translation>{0} — все каналы</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Saved: {0} requires “{1}”.</source>
        <translation>Сохранено: для канала «{0}» обязательно «{1}».</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Saved: {0} no longer requires “{1}”.</source>
        <translation>Сохранено: для канала «{0}» больше не обязательно «{1}».</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The category follows its parent&apos;s rule again.</source>
        <translation>Для категории снова действует правило родительской.</translation>
    </message>
</context>
<context>
    <name>CompletenessPanel</name>
    <message>
        <location filename="../../ui/catalog/completeness_panel.py" line="+46"/>
        <source>{0}%</source>
        <translation>{0}%</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Nothing missing.</source>
        <translation>Всё заполнено.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Publishing here needs {0}%.</source>
        <translation>Для публикации здесь нужно {0}%.</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../ui/catalog/card/conflict_dialog.py" line="+31"/>
        <source>Changed by someone else</source>
        <translation>Изменено другим пользователем</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your other edits are kept. For each field below choose which value to save.</source>
        <translation>Остальные ваши изменения сохранятся. Для каждого поля ниже выберите, какое значение записать.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Was</source>
        <translation>Было</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Theirs</source>
        <translation>Их</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mine</source>
        <translation>Мои</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep</source>
        <translation>Оставить</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{0} (not changed by you)</source>
        <translation>{0} (вы не меняли)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>theirs</source>
        <translation>их</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mine</source>
        <translation>моё</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save with these values</source>
        <translation>Сохранить с этими значениями</translation>
    </message>
</context>
<context>
    <name>ConnectionPage</name>
    <message>
        <location filename="../../ui/settings/connection_page.py" line="+29"/>
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
        <location line="+34"/>
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
        <location filename="../../ui/intake/dialogs.py" line="-229"/>
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
    <name>DemoShopDialog</name>
    <message>
        <location filename="../../ui/demo_dialog.py" line="+47"/>
        <source>Demo shop — Back Office</source>
        <translation>Демо-магазин — Back Office</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fill this empty store with a Russian-language demo shop: categories, brands, products with barcodes and photos, suppliers with their offers, stock in a warehouse, purchase orders in every state and a year of website orders. Sample supplier price lists and a website order export are written to a folder so you can try the imports.</source>
        <translation>Заполнить эту пустую базу русскоязычным демо-магазином: категории, бренды, товары со штрихкодами и фото, поставщики с их предложениями, остатки на складе, заказы поставщикам во всех состояниях и заказы с сайта за год. Образцы прайс-листов поставщиков и выгрузка заказов сайта сохраняются в папку, чтобы можно было попробовать загрузку.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Products:</source>
        <translation>Товаров:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website orders over 12 months:</source>
        <translation>Заказов с сайта за 12 месяцев:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Fill the store</source>
        <translation>Заполнить базу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the sample files folder</source>
        <translation>Открыть папку с образцами</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Making the demo shop…</source>
        <translation>Создание демо-магазина…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The demo shop is ready. Log in as one of the demo users to see their workspace: {0}. Sample files to import: {1}</source>
        <translation>Демо-магазин готов. Войдите под одним из демо-пользователей, чтобы увидеть его рабочее место: {0}. Образцы файлов для загрузки: {1}</translation>
    </message>
</context>
<context>
    <name>DescriptionTab</name>
    <message>
        <location filename="../../ui/catalog/card/description_tab.py" line="+27"/>
        <source>One or two sentences for lists and search results</source>
        <translation>Одно-два предложения для списков и результатов поиска</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What the product is, what it is good for, what is in the box</source>
        <translation>Что это за товар, для чего он подходит, что входит в комплект</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>B</source>
        <translation>Ж</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bold</source>
        <translation>Полужирный</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I</source>
        <translation>К</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Italic</source>
        <translation>Курсив</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>H</source>
        <translation>З</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Heading</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>• List</source>
        <translation>• Список</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bulleted list</source>
        <translation>Маркированный список</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1. List</source>
        <translation>1. Список</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Numbered list</source>
        <translation>Нумерованный список</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plain</source>
        <translation>Обычный</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Plain paragraph</source>
        <translation>Обычный абзац</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Short description:</source>
        <translation>Краткое описание:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Description (shown on the product page):</source>
        <translation>Описание (на странице товара):</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n символ</numerusform>
            <numerusform>%n символа</numerusform>
            <numerusform>%n символов</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DifferencesDialog</name>
    <message>
        <location filename="../../ui/sync/differences_dialog.py" line="+22"/>
        <source>Differences with the site</source>
        <translation>Расхождения с сайтом</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} product(s) compared; the site shows {1} value(s) differently from us.</source>
        <translation>Сравнено товаров: {0}; значений, которые на сайте отличаются от наших: {1}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SKU</source>
        <translation>Артикул</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>On the site</source>
        <translation>На сайте</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ours</source>
        <translation>У нас</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(not on the site)</source>
        <translation>(нет на сайте)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Queue selected for sending</source>
        <translation>В очередь на отправку</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>on the site at all</source>
        <translation>есть ли на сайте</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>stock</source>
        <translation>остаток</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in stock or not</source>
        <translation>в наличии или нет</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>regular price</source>
        <translation>обычная цена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sale price</source>
        <translation>цена со скидкой</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+8"/>
        <source>published</source>
        <translation>опубликован</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>in stock</source>
        <translation>в наличии</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>out of stock</source>
        <translation>нет в наличии</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on backorder</source>
        <translation>под заказ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not published</source>
        <translation>не опубликован</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pending review</source>
        <translation>на проверке</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(empty)</source>
        <translation>(пусто)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{0} product(s) queued: the next push corrects the site.</source>
        <translation>Товаров поставлено в очередь: {0}; следующая отправка исправит данные на сайте.</translation>
    </message>
</context>
<context>
    <name>ExcelDialogs</name>
    <message>
        <location filename="../../ui/catalog/excel_dialogs.py" line="+30"/>
        <source>ID</source>
        <extracomment>The sheet&apos;s columns as the report names them (translated like the rest of the UI).</extracomment>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <source>Unit</source>
        <translation>Ед. изм.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retail price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Old price</source>
        <translation>Старая цена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Published</source>
        <translation>На сайте</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Barcodes</source>
        <translation>Штрихкоды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weight, kg</source>
        <translation>Вес, кг</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meta title</source>
        <translation>Meta title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meta description</source>
        <translation>Meta description</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Short description</source>
        <translation>Краткое описание</translation>
    </message>
</context>
<context>
    <name>FigureTile</name>
    <message>
        <location filename="../../ui/reports/report_view.py" line="+48"/>
        <source>{0} {1} % vs previous period</source>
        <translation>{0} {1} % к предыдущему периоду</translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <location filename="../../ui/login_dialog.py" line="+107"/>
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
        <source>Then fill the store with a demo shop to try the application</source>
        <translation>Затем заполнить базу демо-магазином, чтобы опробовать программу</translation>
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
    <name>GridDialog</name>
    <message>
        <location filename="../../ui/catalog/card/variants_tab.py" line="+70"/>
        <source>Make variants</source>
        <translation>Создать модификации</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type the values of each axis separated by commas, or by semicolons when the values have commas (1,5 л; 2 л). Every combination not in the grid yet is added.</source>
        <translation>Введите значения каждой характеристики через запятую или через точку с запятой, если в значениях есть запятые (1,5 л; 2 л). Будут добавлены все сочетания, которых ещё нет в сетке.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. S, M, L</source>
        <translation>например: S, M, L</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <location filename="../../ui/catalog/card/history_tab.py" line="+35"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Was</source>
        <translation>Было</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Became</source>
        <translation>Стало</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Revert this change</source>
        <translation>Отменить это изменение</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Variant {0} created</source>
        <translation>Создана модификация {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product created</source>
        <translation>Товар создан</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} of variant {1}</source>
        <translation>{0} модификации {1}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No changes recorded yet.</source>
        <translation>Изменений пока нет.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Save or undo your edits before reverting a past change.</source>
        <translation>Прежде чем отменять прошлое изменение, сохраните или отмените свои правки.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This change can&apos;t be reverted from the card.</source>
        <translation>Это изменение нельзя отменить из карточки.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select a change to set that field back to what it was.</source>
        <translation>Выберите изменение, чтобы вернуть полю прежнее значение.</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <location filename="../../ui/catalog/excel_dialogs.py" line="+57"/>
        <source>Import from Excel</source>
        <translation>Загрузка из Excel</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+2"/>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>SKU</source>
        <translation>Артикул</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>Column</source>
        <translation>Столбец</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Now</source>
        <translation>Сейчас</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In the file</source>
        <translation>В файле</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What is expected</source>
        <translation>Что ожидается</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Changes (%n)</source>
        <translation>
            <numerusform>Изменения (%n)</numerusform>
            <numerusform>Изменения (%n)</numerusform>
            <numerusform>Изменения (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Errors (%n)</source>
        <translation>
            <numerusform>Ошибки (%n)</numerusform>
            <numerusform>Ошибки (%n)</numerusform>
            <numerusform>Ошибки (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <location line="+12"/>
        <source>{0}: %n row(s) read.</source>
        <translation>
            <numerusform>{0}: прочитана %n строка.</numerusform>
            <numerusform>{0}: прочитано %n строки.</numerusform>
            <numerusform>{0}: прочитано %n строк.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-11"/>
        <source>%n error(s) must be corrected in the file before anything is imported; nothing was written.</source>
        <translation>
            <numerusform>Исправьте в файле %n ошибку: пока она есть, ничего не загружается. В каталог ничего не записано.</numerusform>
            <numerusform>Исправьте в файле %n ошибки: пока они есть, ничего не загружается. В каталог ничего не записано.</numerusform>
            <numerusform>Исправьте в файле %n ошибок: пока они есть, ничего не загружается. В каталог ничего не записано.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>{0}: %n row(s) read; nothing differs from the catalog.</source>
        <translation>
            <numerusform>{0}: прочитана %n строка; отличий от каталога нет.</numerusform>
            <numerusform>{0}: прочитано %n строки; отличий от каталога нет.</numerusform>
            <numerusform>{0}: прочитано %n строк; отличий от каталога нет.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n changed cell(s)</source>
        <translation>
            <numerusform>Изменённых ячеек: %n</numerusform>
            <numerusform>Изменённых ячеек: %n</numerusform>
            <numerusform>Изменённых ячеек: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>in %n product(s) will be saved by Apply, in one go.</source>
        <translation>
            <numerusform>(в %n товаре) — кнопка «Применить» сохранит их за один раз.</numerusform>
            <numerusform>(в %n товарах) — кнопка «Применить» сохранит их за один раз.</numerusform>
            <numerusform>(в %n товарах) — кнопка «Применить» сохранит их за один раз.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../ui/import_wizard/frame.py" line="+100"/>
        <source>&lt; Back</source>
        <extracomment>Reports the analysis&apos; progress (rows done, rows in all); raises :class:`Cancelled` on Stop. The mapping to import with; raises ValidationError. The background read of the whole file, given what to report progress to.</extracomment>
        <translation>&lt; Назад</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Choose file…</source>
        <translation>Выбрать файл…</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Stop</source>
        <translation>Остановить</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Reading and checking {0}…</source>
        <translation>Чтение и проверка {0}…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Applying…</source>
        <translation>Применение…</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Step 2 of 3: where the columns are</source>
        <translation>Шаг 2 из 3: расположение столбцов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step 3 of 3: what the import will change</source>
        <translation>Шаг 3 из 3: что изменит загрузка</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Next &gt;</source>
        <translation>Далее &gt;</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>Analyse &gt;</source>
        <translation>Проверить &gt;</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Apply</source>
        <translation>Применить</translation>
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
        <location filename="../../ui/intake/dialogs.py" line="+50"/>
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
        <location filename="../../ui/intake/dialogs.py" line="-64"/>
        <source>Unknown barcode {0}</source>
        <translation>Неизвестный штрихкод {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find the product by SKU or name</source>
        <translation>Найдите товар по артикулу или наименованию</translation>
    </message>
    <message>
        <location line="+2"/>
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
    <name>ListActions</name>
    <message>
        <location filename="../../ui/catalog/list_actions.py" line="+35"/>
        <source>Bulk edit…</source>
        <translation>Массовое изменение…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set category, brand, publish state or change prices of the selected products (or of the whole list) with a preview</source>
        <translation>Задать категорию или бренд, опубликовать или скрыть, изменить цены выбранных товаров (или всего списка) с предпросмотром</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+70"/>
        <location line="+8"/>
        <source>Undo last bulk change</source>
        <translation>Отменить последнее массовое изменение</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>Export to Excel…</source>
        <translation>Выгрузить в Excel…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import from Excel…</source>
        <translation>Загрузить из Excel…</translation>
    </message>
    <message numerus="yes">
        <location line="+37"/>
        <source>%n product(s) changed.</source>
        <translation>
            <numerusform>Изменён %n товар.</numerusform>
            <numerusform>Изменено %n товара.</numerusform>
            <numerusform>Изменено %n товаров.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n left as they were.</source>
        <translation>
            <numerusform>%n остался без изменений.</numerusform>
            <numerusform>%n остались без изменений.</numerusform>
            <numerusform>%n остались без изменений.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bulk edit</source>
        <translation>Массовое изменение</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>the category</source>
        <translation>категорию</translation>
    </message>
    <message numerus="yes">
        <location line="-4"/>
        <source>Changed {0} of %n product(s) on {1} ({2})</source>
        <translation>
            <numerusform>Изменили {0} у %n товара, {1} ({2})</numerusform>
            <numerusform>Изменили {0} у %n товаров, {1} ({2})</numerusform>
            <numerusform>Изменили {0} у %n товаров, {1} ({2})</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the brand</source>
        <translation>бренд</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the publish state</source>
        <translation>статус публикации</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the prices</source>
        <translation>цены</translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>Restore {0} of %n product(s) as they were before the bulk change of {1} by {2}?</source>
        <translation>
            <numerusform>Вернуть {0} у %n товара к значениям до массового изменения от {1} (автор: {2})?</numerusform>
            <numerusform>Вернуть {0} у %n товаров к значениям до массового изменения от {1} (автор: {2})?</numerusform>
            <numerusform>Вернуть {0} у %n товаров к значениям до массового изменения от {1} (автор: {2})?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>These products were changed since and keep their values: {0}</source>
        <translation>Товары, изменённые с тех пор, сохранят текущие значения: {0}</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n product(s) restored.</source>
        <translation>
            <numerusform>Восстановлен %n товар.</numerusform>
            <numerusform>Восстановлено %n товара.</numerusform>
            <numerusform>Восстановлено %n товаров.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+20"/>
        <source>Export to Excel</source>
        <translation>Выгрузка в Excel</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+31"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Exporting the catalog to Excel…</source>
        <translation>Выгрузка каталога в Excel…</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n product(s) exported to {0}.</source>
        <translation>
            <numerusform>Выгружен %n товар в {0}.</numerusform>
            <numerusform>Выгружено %n товара в {0}.</numerusform>
            <numerusform>Выгружено %n товаров в {0}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Import from Excel</source>
        <translation>Загрузка из Excel</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Checking {0}…</source>
        <translation>Проверка {0}…</translation>
    </message>
</context>
<context>
    <name>ListFilters</name>
    <message>
        <location filename="../../ui/catalog/list_filters.py" line="+27"/>
        <source>Any stock</source>
        <translation>Любое наличие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In stock</source>
        <translation>В наличии</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Out of stock</source>
        <translation>Нет в наличии</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Without photos</source>
        <translation>Без фото</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>All brands</source>
        <translation>Все бренды</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../ui/login_dialog.py" line="-81"/>
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
    <name>MailPage</name>
    <message>
        <location filename="../../ui/settings/mail_page.py" line="+39"/>
        <source>Mail</source>
        <translation>Почта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The mail server through which purchase orders are sent to suppliers.</source>
        <translation>Почтовый сервер, через который заказы отправляются поставщикам.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mail server (SMTP)</source>
        <translation>Почтовый сервер (SMTP)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>none (only a relay on this computer)</source>
        <translation>нет (только для ретранслятора на этом компьютере)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>zakupki@shop.ru (empty: the user name)</source>
        <translation>zakupki@shop.ru (если пусто — имя пользователя)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>leave empty to keep the saved one</source>
        <translation>оставьте пустым, чтобы не менять сохранённый</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>port</source>
        <translation>порт</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server:</source>
        <translation>Сервер:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security:</source>
        <translation>Шифрование:</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <source>Sender address:</source>
        <translation>Адрес отправителя:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The password is kept in this computer&apos;s password store, never in the shared database; where there is none, set the environment variable {0}.</source>
        <translation>Пароль хранится в хранилище паролей этого компьютера и никогда — в общей базе; если хранилища нет, задайте переменную окружения {0}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Test connection</source>
        <translation>Проверить подключение</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Mail settings saved.</source>
        <translation>Настройки почты сохранены.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Connecting to {0}…</source>
        <translation>Подключение к {0}…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The mail server accepted the connection.</source>
        <translation>Почтовый сервер принял подключение.</translation>
    </message>
</context>
<context>
    <name>MainTab</name>
    <message>
        <location filename="../../ui/catalog/card/main_tab.py" line="+64"/>
        <source>Barcode</source>
        <translation>Штрихкод</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pack of</source>
        <translation>В упаковке</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Leave “Pack of” empty for a unit&apos;s barcode.</source>
        <translation>Для штрихкода отдельной единицы оставьте «В упаковке» пустым.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add barcode</source>
        <translation>Добавить штрихкод</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Product</source>
        <translation>Товар</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name:</source>
        <translation>Наименование:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SKU:</source>
        <translation>Артикул:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit:</source>
        <translation>Единица:</translation>
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
        <source>Barcodes:</source>
        <translation>Штрихкоды:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>as in Settings</source>
        <translation>как в настройках</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Published on the website</source>
        <translation>Опубликован на сайте</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prices are changed by managers.</source>
        <translation>Цены меняют менеджеры.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Prices and website</source>
        <translation>Цены и сайт</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retail price:</source>
        <translation>Розничная цена:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Old price:</source>
        <translation>Старая цена:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Average cost:</source>
        <translation>Средняя себестоимость:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On hand:</source>
        <translation>Остаток:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VAT:</source>
        <translation>НДС:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Size and weight</source>
        <translation>Габариты и вес</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weight, kg:</source>
        <translation>Вес, кг:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>L × W × H, mm:</source>
        <translation>Д × Ш × В, мм:</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>(no brand)</source>
        <translation>(без бренда)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>A variant of “{0}”</source>
        <translation>Модификация товара «{0}»</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>“{0}” is not a size in millimetres; type a whole number such as 250.</source>
        <translation>«{0}» — не размер в миллиметрах; введите целое число, например 250.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="+38"/>
        <source>Back Office — {0}</source>
        <translation>Back Office — {0}</translation>
    </message>
    <message>
        <location line="+23"/>
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
        <location line="+2"/>
        <source>Fill with a demo shop…</source>
        <translation>Заполнить демо-магазином…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+74"/>
        <source>About Back Office</source>
        <translation>О программе Back Office</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>User: {0}</source>
        <translation>Пользователь: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store: {0}</source>
        <translation>База: {0}</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>&lt;h3&gt;Back Office Desktop {0}&lt;/h3&gt;&lt;p&gt;The back office of an online shop: intake, stock, purchasing, catalog, reports, sync.&lt;/p&gt;&lt;p&gt;Store: {1}&lt;br&gt;Store schema version: {2}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Back Office Desktop {0}&lt;/h3&gt;&lt;p&gt;Бэк-офис интернет-магазина: приёмка, склад, закупки, каталог, отчёты, синхронизация.&lt;/p&gt;&lt;p&gt;База: {1}&lt;br&gt;Версия схемы базы: {2}&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+16"/>
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
        <location line="-158"/>
        <source>Welcome</source>
        <translation>Добро пожаловать</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>System language</source>
        <translation>Язык системы</translation>
    </message>
</context>
<context>
    <name>MappingControls</name>
    <message>
        <location filename="../../ui/import_wizard/mapping_controls.py" line="+110"/>
        <source>Only the sheet “{0}”</source>
        <extracomment>How the preview shows: caption characters in a column choice, column widths, tooltips on long cells, and scrolling the header row into view.</extracomment>
        <translation>Только лист «{0}»</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Columns chosen by hand: they are checked when the file is analysed.</source>
        <translation>Столбцы выбраны вручную: они будут проверены при анализе файла.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose the header row and the columns by hand.</source>
        <translation>Выберите строку заголовка и столбцы вручную.</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../ui/purchasing/pricelist_mapping_page.py" line="+26"/>
        <source>Supplier SKU:</source>
        <translation>Артикул поставщика:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name:</source>
        <translation>Наименование:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Price:</source>
        <translation>Цена:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stock:</source>
        <translation>Остаток:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Barcode:</source>
        <translation>Штрихкод:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pack size:</source>
        <translation>Единиц в упаковке:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import:</source>
        <translation>Загружать:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Header row:</source>
        <translation>Строка заголовка:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>All sheets with a table</source>
        <translation>Все листы с таблицей</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>— not in the list —</source>
        <translation>— нет в прайс-листе —</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>SKU</source>
        <translation>Артикул</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>name</source>
        <translation>наименование</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>price</source>
        <translation>цена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stock</source>
        <translation>остаток</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>barcode</source>
        <translation>штрихкод</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>pack</source>
        <translation>упаковка</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>in row {0} of the sheet “{1}”</source>
        <translation>в строке {0} листа «{1}»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in row {0}</source>
        <translation>в строке {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The header was found {0}; the highlighted columns will be read. Correct them below if they are wrong.</source>
        <translation>Заголовок найден {0}; будут прочитаны выделенные столбцы. Если они определены неверно, исправьте их ниже.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Tables found on %n sheet(s).</source>
        <translation>
            <numerusform>Таблицы найдены на %n листе.</numerusform>
            <numerusform>Таблицы найдены на %n листах.</numerusform>
            <numerusform>Таблицы найдены на %n листах.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In the first rows: {0} items, {1} with errors, {2} skipped.</source>
        <translation>В первых строках: позиций — {0}, с ошибками — {1}, пропущено — {2}.</translation>
    </message>
</context>
<context>
    <name>MarkdownDialog</name>
    <message>
        <location filename="../../ui/reports/dead_stock_actions.py" line="+112"/>
        <source>Mark down prices</source>
        <translation>Уценка</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lower the retail price of the selected goods by:</source>
        <translation>Снизить розничную цену выбранных товаров на:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SKU</source>
        <translation>Артикул</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Product</source>
        <translation>Товар</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Price now</source>
        <translation>Текущая цена</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New price</source>
        <translation>Новая цена</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>to the kopeck</source>
        <translation>до копеек</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>to whole roubles</source>
        <translation>до целых рублей</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>to tens of roubles</source>
        <translation>до десятков рублей</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to hundreds of roubles</source>
        <translation>до сотен рублей</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>rounded</source>
        <translation>с округлением</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>%n price(s) will change; the shop gets the new prices with the next sync.</source>
        <translation>
            <numerusform>Изменится %n цена; сайт получит новые цены при следующей синхронизации.</numerusform>
            <numerusform>Изменятся %n цены; сайт получит новые цены при следующей синхронизации.</numerusform>
            <numerusform>Изменятся %n цен; сайт получит новые цены при следующей синхронизации.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n product(s) keep their price (no price, or the rounding leaves it as it is).</source>
        <translation>
            <numerusform>У %n товара цена не изменится (цены нет или после округления она остаётся прежней).</numerusform>
            <numerusform>У %n товаров цена не изменится (цены нет или после округления она остаётся прежней).</numerusform>
            <numerusform>У %n товаров цена не изменится (цены нет или после округления она остаётся прежней).</numerusform>
        </translation>
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
    <name>OfferDialog</name>
    <message>
        <location filename="../../ui/purchasing/supplier_form.py" line="+298"/>
        <source>Offer {0}</source>
        <translation>Предложение {0}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Remove the link</source>
        <translation>Отвязать</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Find our product by SKU, barcode or name</source>
        <translation>Найдите наш товар по артикулу, штрихкоду или наименованию</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SKU</source>
        <translation>Артикул</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Supplier&apos;s name:</source>
        <translation>Наименование у поставщика:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price, {0}:</source>
        <translation>Цена, {0}:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pack size:</source>
        <translation>Единиц в упаковке:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minimum order quantity:</source>
        <translation>Минимальная партия:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Our product:</source>
        <translation>Наш товар:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link to:</source>
        <translation>Привязать к:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>not linked</source>
        <translation>не привязано</translation>
    </message>
</context>
<context>
    <name>OffersModel</name>
    <message>
        <location filename="../../ui/purchasing/suppliers_page.py" line="+113"/>
        <source>Supplier SKU</source>
        <translation>Артикул поставщика</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supplier&apos;s name</source>
        <translation>Наименование у поставщика</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Our product</source>
        <translation>Наш товар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pack</source>
        <translation>Упаковка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MOQ</source>
        <translation>Мин. партия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stock</source>
        <translation>Остаток</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>Обновлено</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>not linked</source>
        <translation>не привязано</translation>
    </message>
</context>
<context>
    <name>OrderEditor</name>
    <message>
        <location filename="../../ui/purchasing/order_editor.py" line="+84"/>
        <source>not set</source>
        <translation>не указана</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prices include VAT</source>
        <translation>Цены включают НДС</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>each product&apos;s rate</source>
        <translation>по ставкам товаров</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>VAT rate:</source>
        <translation>Ставка НДС:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Expected delivery:</source>
        <translation>Ожидаемая поставка:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VAT:</source>
        <translation>НДС:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Terms:</source>
        <translation>Условия:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes:</source>
        <translation>Примечание:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>№</source>
        <translation>№</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SKU</source>
        <translation>Артикул</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Supplier SKU</source>
        <translation>Артикул поставщика</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Qty</source>
        <translation>Кол-во</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>Принято</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outstanding</source>
        <translation>Осталось принять</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>VAT %</source>
        <translation>НДС, %</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add product…</source>
        <translation>Добавить товар…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove line</source>
        <translation>Удалить строку</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Request approval</source>
        <translation>Отправить на согласование</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Approve</source>
        <translation>Согласовать</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+279"/>
        <source>Send back</source>
        <translation>Вернуть на доработку</translation>
    </message>
    <message>
        <location line="-279"/>
        <location line="+257"/>
        <source>Mark as sent</source>
        <translation>Отметить как отправленный</translation>
    </message>
    <message>
        <location line="-256"/>
        <source>Revise…</source>
        <translation>Новая редакция…</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+297"/>
        <source>Close order</source>
        <translation>Закрыть заказ</translation>
    </message>
    <message>
        <location line="-297"/>
        <location line="+286"/>
        <source>Cancel order</source>
        <translation>Отменить заказ</translation>
    </message>
    <message>
        <location line="-254"/>
        <source>Choose an order on the left, or start a new one.</source>
        <translation>Выберите заказ слева или создайте новый.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source> (rev. {0})</source>
        <translation> (ред. {0})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order {0}{1} — {2}</source>
        <translation>Заказ {0}{1} — {2}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supplier: {0}. Made by {1} on {2}.</source>
        <translation>Поставщик: {0}. Создан {2}, автор: {1}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Approved by {0}.</source>
        <translation>Согласовал: {0}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sent {0}.</source>
        <translation>Отправлен {0}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Overdue: expected on {0}, {1} still outstanding.</source>
        <translation>Просрочен: ожидался {0}, ещё не поставлено {1}.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>incl. VAT</source>
        <translation>в т. ч. НДС</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>VAT</source>
        <translation>НДС</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Net {0} · {1} {2} · &lt;b&gt;Total {3}&lt;/b&gt;</source>
        <translation>Без НДС {0} · {1} {2} · &lt;b&gt;Итого {3}&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Double-click to change</source>
        <translation>Дважды щёлкните, чтобы изменить</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Another manager must approve an order you made.</source>
        <translation>Заказ, созданный вами, должен согласовать другой руководитель.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Orders above {0} are approved by a manager before sending.</source>
        <translation>Заказы на сумму больше {0} перед отправкой согласует руководитель.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Revision {0}, {1}, {2}: {3}</source>
        <translation>Редакция {0}, {1}, {2}: {3}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Received by {0} on {1}</source>
        <translation>Принято приёмкой {0} {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No revisions or receipts yet.</source>
        <translation>Редакций и приёмок пока нет.</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Mark order {0} as sent to the supplier? It can then change only by a revision.</source>
        <translation>Отметить заказ {0} как отправленный поставщику? После этого изменить его можно будет только новой редакцией.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>What should the author change?</source>
        <translation>Что должен исправить автор?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Why is order {0} cancelled?</source>
        <translation>Почему отменяется заказ {0}?</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{0} units are still outstanding and will no longer be expected. Close the order?</source>
        <translation>Ещё не поставлено {0} ед., их больше не будут ожидать. Закрыть заказ?</translation>
    </message>
</context>
<context>
    <name>OrderMailDialog</name>
    <message>
        <location filename="../../ui/purchasing/order_mail.py" line="+41"/>
        <source>Send order {0} by e-mail</source>
        <translation>Отправка заказа {0} по эл. почте</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Attach the order as Excel too</source>
        <translation>Приложить заказ также в формате Excel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>To:</source>
        <translation>Кому:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject:</source>
        <translation>Тема:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message:</source>
        <translation>Сообщение:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send</source>
        <translation>Отправить</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No mail server is set up yet: an administrator sets it in Settings → Mail.</source>
        <translation>Почтовый сервер ещё не настроен: его настраивает администратор в разделе «Настройки → Почта».</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Sending to {0}…</source>
        <translation>Отправка на {0}…</translation>
    </message>
</context>
<context>
    <name>OrderPickerDialog</name>
    <message>
        <location filename="../../ui/intake/dialogs.py" line="-203"/>
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
    <name>OrderStates</name>
    <message>
        <location filename="../../ui/purchasing/orders_page.py" line="+34"/>
        <source>draft</source>
        <translation>черновик</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>awaiting approval</source>
        <translation>на согласовании</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>approved</source>
        <translation>согласован</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sent</source>
        <translation>отправлен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>partially received</source>
        <translation>принят частично</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>received</source>
        <translation>принят</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>closed</source>
        <translation>закрыт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancelled</source>
        <translation>отменён</translation>
    </message>
</context>
<context>
    <name>OrdersModel</name>
    <message>
        <location line="+38"/>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Supplier</source>
        <translation>Поставщик</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expected</source>
        <translation>Ожидается</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Made on {0}</source>
        <translation>Создан {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overdue: expected on {0}</source>
        <translation>Просрочен: ожидался {0}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> (rev. {0})</source>
        <translation> (ред. {0})</translation>
    </message>
</context>
<context>
    <name>OrdersPage</name>
    <message>
        <location line="-59"/>
        <source>Open orders</source>
        <translation>Открытые заказы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drafts</source>
        <translation>Черновики</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Awaiting approval</source>
        <translation>На согласовании</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected from suppliers</source>
        <translation>Ожидаются от поставщиков</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation>Просроченные</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received, closed, cancelled</source>
        <translation>Принятые, закрытые, отменённые</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All orders</source>
        <translation>Все заказы</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Order number, supplier or SKU</source>
        <translation>Номер заказа, поставщик или артикул</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New order…</source>
        <translation>Новый заказ…</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>All suppliers</source>
        <translation>Все поставщики</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n заказ</numerusform>
            <numerusform>%n заказа</numerusform>
            <numerusform>%n заказов</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No orders match this selection.</source>
        <translation>В этом отборе нет заказов.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No open orders. Start one with “New order…” or from the reorder suggestions.</source>
        <translation>Открытых заказов нет. Создайте заказ кнопкой «Новый заказ…» или из предложений дозаказа.</translation>
    </message>
</context>
<context>
    <name>ParamsPanel</name>
    <message>
        <location filename="../../ui/reports/params_panel.py" line="+59"/>
        <source>This month</source>
        <translation>Этот месяц</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last month</source>
        <translation>Прошлый месяц</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 30 days</source>
        <translation>Последние 30 дней</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This quarter</source>
        <translation>Этот квартал</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This year</source>
        <translation>Этот год</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last 12 months</source>
        <translation>Последние 12 месяцев</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dates…</source>
        <translation>Произвольные даты…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Period:</source>
        <translation>Период:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filters:</source>
        <translation>Отбор:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Options:</source>
        <translation>Параметры:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>All categories</source>
        <translation>Все категории</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All brands</source>
        <translation>Все бренды</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All suppliers</source>
        <translation>Все поставщики</translation>
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
    <name>PerformanceBox</name>
    <message>
        <location filename="../../ui/purchasing/suppliers_page.py" line="+17"/>
        <source>Delivery performance</source>
        <translation>Дисциплина поставок</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Measured on sent orders: the first delivery against the expected date, and what arrived against what was ordered.</source>
        <translation>По отправленным заказам: первая поставка в сравнении с ожидаемой датой и поставленное количество в сравнении с заказанным.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Period:</source>
        <translation>Период:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On time:</source>
        <translation>В срок:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delays:</source>
        <translation>Опоздания:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fill rate:</source>
        <translation>Полнота поставок:</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No deliveries against an expected date yet.</source>
        <translation>Пока нет поставок по заказам с ожидаемой датой.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} of {1} orders on time ({2})</source>
        <translation>{0} из {1} заказов в срок ({2})</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n order(s) late, by {0} days on average</source>
        <translation>
            <numerusform>%n заказ с опозданием, в среднем на {0} дн.</numerusform>
            <numerusform>%n заказа с опозданием, в среднем на {0} дн.</numerusform>
            <numerusform>%n заказов с опозданием, в среднем на {0} дн.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none late</source>
        <translation>опозданий нет</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No received or closed orders yet.</source>
        <translation>Принятых или закрытых заказов пока нет.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>{0}: {1} of {2} units ordered arrived (%n order(s))</source>
        <translation>
            <numerusform>{0}: поставлено {1} из {2} заказанных ед. (%n заказ)</numerusform>
            <numerusform>{0}: поставлено {1} из {2} заказанных ед. (%n заказа)</numerusform>
            <numerusform>{0}: поставлено {1} из {2} заказанных ед. (%n заказов)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PhotosDialog</name>
    <message>
        <location filename="../../ui/catalog/photos_panel.py" line="+546"/>
        <source>Photos — {0} {1}</source>
        <translation>Фото — {0} {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Photos</source>
        <translation>Фото</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Completeness</source>
        <translation>Заполненность</translation>
    </message>
</context>
<context>
    <name>PhotosPanel</name>
    <message>
        <location line="-288"/>
        <source>Add photos…</source>
        <extracomment>The drag format of photos moved inside the grid: their ids, comma-separated. What a dropped folder contributes (a file dropped on its own is always tried). Space above each thumbnail inside its icon (keeps the first row off the frame). Key prefix of decoded thumbnails in Qt&apos;s pixmap cache (about 100 fit its default 10 MB). An import finished (its report), for whoever embeds the panel. The photos were read again (after any change, or a file of an import saved). Thumbnails already read, by blob hash: a reload reads only new ones.</extracomment>
        <translation>Добавить фото…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Make main</source>
        <translation>Сделать главным</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+26"/>
        <source>Delete…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>No photos yet.
Add them with “Add photos…” or drag picture files here from a folder.</source>
        <translation>Фото пока нет.
Добавьте их кнопкой «Добавить фото…» или перетащите сюда файлы изображений из папки.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No photos.</source>
        <translation>Нет фото.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>What the photo shows, for search engines and screen readers</source>
        <translation>Что изображено на фото — для поисковых систем и экранного доступа</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Alt text:</source>
        <translation>Alt-текст:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Stop</source>
        <translation>Остановить</translation>
    </message>
    <message numerus="yes">
        <location line="+58"/>
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n фото</numerusform>
            <numerusform>%n фото</numerusform>
            <numerusform>%n фото</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Main</source>
        <translation>Главное</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0}×{1} px</source>
        <translation>{0}×{1} пикс.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Add photos</source>
        <translation>Добавить фото</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pictures (*.jpg *.jpeg *.png *.webp *.gif *.tif *.tiff *.bmp);;All files (*)</source>
        <translation>Изображения (*.jpg *.jpeg *.png *.webp *.gif *.tif *.tiff *.bmp);;Все файлы (*)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Preparing photos…</source>
        <translation>Подготовка фото…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Stopping after the current file…</source>
        <translation>Остановка после текущего файла…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Photo {0} of {1}: {2}</source>
        <translation>Фото {0} из {1}: {2}</translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>Added %n photo(s).</source>
        <translation>
            <numerusform>Добавлено %n фото.</numerusform>
            <numerusform>Добавлено %n фото.</numerusform>
            <numerusform>Добавлено %n фото.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopped: the remaining files were not imported.</source>
        <translation>Остановлено: остальные файлы не загружены.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Already among the photos (not added again): {0}</source>
        <translation>Уже есть среди фото (повторно не добавлены): {0}</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n file(s) could not be added:</source>
        <translation>
            <numerusform>Не удалось добавить %n файл:</numerusform>
            <numerusform>Не удалось добавить %n файла:</numerusform>
            <numerusform>Не удалось добавить %n файлов:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Delete photos</source>
        <translation>Удаление фото</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Delete %n photo(s) of this product? The website loses them at the next sync.</source>
        <translation>
            <numerusform>Удалить %n фото этого товара? С сайта оно исчезнет при следующей синхронизации.</numerusform>
            <numerusform>Удалить %n фото этого товара? С сайта они исчезнут при следующей синхронизации.</numerusform>
            <numerusform>Удалить %n фото этого товара? С сайта они исчезнут при следующей синхронизации.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PriceListWizard</name>
    <message>
        <location filename="../../ui/purchasing/pricelist_wizard.py" line="+48"/>
        <source>Import a price list — {0}</source>
        <translation>Загрузка прайс-листа — {0}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Choose the price list of {0}: an Excel workbook (.xlsx) or a CSV file. The file is read and checked first; nothing changes until you press Apply on the last page.</source>
        <translation>Выберите прайс-лист поставщика {0}: книгу Excel (.xlsx) или файл CSV. Сначала файл будет прочитан и проверен; ничего не изменится, пока вы не нажмёте «Применить» на последней странице.</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Path to the price list file</source>
        <translation>Путь к файлу прайс-листа</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The columns of this supplier&apos;s last price list are remembered and tried first.</source>
        <translation>Столбцы предыдущего прайс-листа этого поставщика запомнены и проверяются в первую очередь.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The header row and the columns (article, name, price, stock, barcode, pack) are found by their captions in Russian or English; you can correct them on the next page.</source>
        <translation>Строка заголовка и столбцы (артикул, наименование, цена, остаток, штрихкод, упаковка) определяются по заголовкам на русском или английском языке; на следующей странице их можно исправить.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a price list</source>
        <translation>Выбор прайс-листа</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Price lists (*.xlsx *.csv);;All files (*)</source>
        <translation>Прайс-листы (*.xlsx *.csv);;Все файлы (*)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reading {0}…</source>
        <translation>Чтение {0}…</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Price list imported. New offers: {0}; updated: {1}; price changes: {2}; new products: {3}.</source>
        <translation>Прайс-лист загружен. Новых предложений: {0}; обновлено: {1}; изменений цен: {2}; новых товаров: {3}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Step 1 of 3: the price list file</source>
        <translation>Шаг 1 из 3: файл прайс-листа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step 3 of 3: checking the list</source>
        <translation>Шаг 3 из 3: проверка прайс-листа</translation>
    </message>
</context>
<context>
    <name>ProductCardWindow</name>
    <message>
        <location filename="../../ui/catalog/card/window.py" line="+83"/>
        <source>Our shop</source>
        <extracomment>Edits of these fields merge while typing (one undo step per burst, not per letter). The product shown (after loading, creating or saving): panels such as photos follow it.</extracomment>
        <translation>Наш магазин</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Main</source>
        <extracomment>What &quot;unchanged&quot; means for a new product: the card as it opened.</extracomment>
        <translation>Основное</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attributes</source>
        <translation>Свойства</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+149"/>
        <source>Variants</source>
        <translation>Модификации</translation>
    </message>
    <message>
        <location line="-148"/>
        <source>SEO</source>
        <translation>SEO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Redo</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Card</source>
        <translation>Карточка</translation>
    </message>
    <message>
        <location line="+46"/>
        <location line="+195"/>
        <source>New product</source>
        <extracomment>Photos and completeness work on a saved product: shown once it has an id.</extracomment>
        <translation>Новый товар</translation>
    </message>
    <message>
        <location line="-193"/>
        <source>{0} — {1}</source>
        <translation>{0} — {1}</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Photos</source>
        <translation>Фото</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completeness</source>
        <translation>Заполненность</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Updated: this product was changed elsewhere.</source>
        <translation>Обновлено: товар изменён в другом месте.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Edit {0}</source>
        <translation>изменение «{0}»</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Not saved: {0}</source>
        <translation>Не сохранено: {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not saved yet: someone else changed this card. Choose what to keep.</source>
        <translation>Пока не сохранено: эту карточку изменил другой пользователь. Выберите, что оставить.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Reverting…</source>
        <translation>Отмена изменения…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The card “{0}” has unsaved changes. Save them before closing?</source>
        <translation>В карточке «{0}» есть несохранённые изменения. Сохранить их перед закрытием?</translation>
    </message>
</context>
<context>
    <name>ProductDetailsPanel</name>
    <message>
        <location filename="../../ui/catalog/workspace.py" line="-342"/>
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
    <name>ProductPage</name>
    <message>
        <location filename="../../ui/purchasing/product_page.py" line="+18"/>
        <source>SKU, barcode or name</source>
        <translation>Артикул, штрихкод или наименование</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SKU</source>
        <translation>Артикул</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Add to order…</source>
        <translation>Добавить в заказ…</translation>
    </message>
    <message>
        <location line="+4"/>
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
        <source>Available to sell</source>
        <translation>Доступно к продаже</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On order</source>
        <translation>Заказано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sold, 30 days</source>
        <translation>Продано за 30 дней</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sold, 90 days</source>
        <translation>Продано за 90 дней</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Safety stock</source>
        <translation>Страховой запас</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead time</source>
        <translation>Срок поставки</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Supplier offers</source>
        <translation>Предложения поставщиков</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <location line="+3"/>
        <source>Supplier</source>
        <translation>Поставщик</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Supplier SKU</source>
        <translation>Артикул поставщика</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+5"/>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Pack</source>
        <translation>Упаковка</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Min. order</source>
        <translation>Мин. партия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supplier stock</source>
        <translation>Остаток у поставщика</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lead time, d</source>
        <translation>Срок, дн.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Updated</source>
        <translation>Обновлено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No active supplier lists this product: import a price list on the Suppliers page, or add it to an order by hand.</source>
        <translation>Этого товара нет в прайс-листах активных поставщиков: загрузите прайс-лист на вкладке «Поставщики» или добавьте товар в заказ вручную.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last purchase prices</source>
        <translation>Последние закупочные цены</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>Принято</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Receipt</source>
        <translation>Приёмка</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Qty</source>
        <translation>Кол-во</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not received from any supplier yet.</source>
        <translation>Ещё не поступал ни от одного поставщика.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open orders and drafts</source>
        <translation>Открытые заказы и черновики</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order</source>
        <translation>Заказ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expected</source>
        <translation>Ожидается</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outstanding</source>
        <translation>Осталось принять</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing on order.</source>
        <translation>В заказах нет.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Double-click an order to open it</source>
        <translation>Дважды щёлкните заказ, чтобы открыть его</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Find a product on the left to see its stock, sales, supplier offers and the prices paid lately.</source>
        <translation>Найдите товар слева, чтобы увидеть его остатки, продажи, предложения поставщиков и последние закупочные цены.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Nothing found for “{0}”.</source>
        <translation>По запросу «{0}» ничего не найдено.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n product(s) found</source>
        <translation>
            <numerusform>Найден %n товар</numerusform>
            <numerusform>Найдено %n товара</numerusform>
            <numerusform>Найдено %n товаров</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The first {0} matches; type more to narrow.</source>
        <translation>Показаны первые {0} совпадений; уточните запрос.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Unit: {0}.</source>
        <translation>Ед. изм.: {0}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Left out of the reorder suggestions.</source>
        <translation>Исключён из предложений дозаказа.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Below the safety stock, counting what is coming.</source>
        <translation>Ниже страхового запаса с учётом ожидаемых поступлений.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>+ {0} on drafts</source>
        <translation>+ {0} в черновиках</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>{0} a day</source>
        <translation>{0} в день</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reorder on</source>
        <translation>дозаказ включён</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reorder off</source>
        <translation>дозаказ выключен</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>nobody offers it</source>
        <translation>нет предложений</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} d</source>
        <translation>{0} дн.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Added to the order</source>
        <translation>Добавлено в заказ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} {1} added to order {2}. Open the order?</source>
        <translation>{0} {1} добавлено в заказ {2}. Открыть заказ?</translation>
    </message>
</context>
<context>
    <name>ProductPickerDialog</name>
    <message>
        <location filename="../../ui/purchasing/product_picker.py" line="+66"/>
        <source>Add a product to the order</source>
        <translation>Добавление товара в заказ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find the product by SKU, barcode or name</source>
        <translation>Найдите товар по артикулу, штрихкоду или наименованию</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Quantity:</source>
        <translation>Количество:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Find and select a product first.</source>
        <translation>Сначала найдите и выберите товар.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type the quantity as a number, e.g. 12.</source>
        <translation>Введите количество числом, например 12.</translation>
    </message>
</context>
<context>
    <name>ProductSearch</name>
    <message>
        <location filename="../../ui/product_search.py" line="+26"/>
        <source>SKU</source>
        <translation>Артикул</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Наименование</translation>
    </message>
</context>
<context>
    <name>ProductTableModel</name>
    <message>
        <location filename="../../ui/catalog/product_model.py" line="+34"/>
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
        <location line="+1"/>
        <source>Completeness</source>
        <translation>Заполненность</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>published</source>
        <translation>Опубликован</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>hidden</source>
        <translation>Скрыт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}%</source>
        <translation>{0}%</translation>
    </message>
    <message>
        <location line="-81"/>
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
    <name>ProgressDialog</name>
    <message numerus="yes">
        <location filename="../../ui/catalog/excel_dialogs.py" line="-86"/>
        <source>%n row(s) read</source>
        <translation>
            <numerusform>Прочитана %n строка</numerusform>
            <numerusform>Прочитано %n строки</numerusform>
            <numerusform>Прочитано %n строк</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PurchasingWorkspace</name>
    <message>
        <location filename="../../ui/purchasing/workspace.py" line="+24"/>
        <source>Orders</source>
        <translation>Заказы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reorder</source>
        <translation>Дозаказ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suppliers</source>
        <translation>Поставщики</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Product</source>
        <translation>Товар</translation>
    </message>
</context>
<context>
    <name>ReceiptEditor</name>
    <message>
        <location filename="../../ui/intake/receipt_editor.py" line="+51"/>
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
        <source>Charges…</source>
        <translation>Доп. расходы…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Freight, customs duty and other costs of this delivery</source>
        <translation>Доставка, таможенная пошлина и прочие расходы по этой поставке</translation>
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
        <location line="+355"/>
        <source>Cancel draft</source>
        <translation>Отменить черновик</translation>
    </message>
    <message>
        <location line="-350"/>
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
        <location line="+4"/>
        <source>, delivery charges {0}</source>
        <translation>, доп. расходы {0}</translation>
    </message>
    <message>
        <location line="+45"/>
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
        <location line="+21"/>
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
        <location filename="../../ui/intake/receipt_editor.py" line="-514"/>
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
    <name>ReorderPage</name>
    <message>
        <location filename="../../ui/purchasing/reorder_page.py" line="+83"/>
        <location line="+6"/>
        <source> d</source>
        <extracomment>Above this many lines the groups start collapsed: expanding 100 000 rows takes seconds.</extracomment>
        <translation> дн.</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Sales over this many days set the pace; days out of stock are left out</source>
        <translation>Скорость продаж считается за это число дней; дни без остатка не учитываются</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Order enough for this many days of sales beyond the reorder point</source>
        <translation>Заказывать с запасом на это число дней продаж сверх точки заказа</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only what needs ordering</source>
        <translation>Только то, что нужно заказать</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Calculate</source>
        <translation>Рассчитать</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Create draft order</source>
        <translation>Создать черновик заказа</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Product page</source>
        <translation>Сведения о товаре</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stock, sales, offers and last prices of this product (or double-click the line)</source>
        <translation>Остатки, продажи, предложения и последние цены этого товара (или дважды щёлкните строку)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sales window:</source>
        <translation>Период продаж:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cover:</source>
        <translation>Запас на:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supplier:</source>
        <translation>Поставщик:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Category:</source>
        <translation>Категория:</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Choose the sales window and the days to cover, then press Calculate.</source>
        <translation>Выберите период продаж и число дней запаса, затем нажмите «Рассчитать».</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>All suppliers</source>
        <translation>Все поставщики</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All categories</source>
        <translation>Все категории</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+16"/>
        <source>Calculating…</source>
        <translation>Расчёт…</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Reading stock, sales and orders…</source>
        <translation>Чтение остатков, продаж и заказов…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counting the days in stock…</source>
        <translation>Подсчёт дней наличия товара…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Working out the quantities…</source>
        <translation>Расчёт количеств…</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n product(s) considered in {0} s · sales from {1} to {2}</source>
        <translation>
            <numerusform>Рассмотрен %n товар за {0} с · продажи с {1} по {2}</numerusform>
            <numerusform>Рассмотрено %n товара за {0} с · продажи с {1} по {2}</numerusform>
            <numerusform>Рассмотрено %n товаров за {0} с · продажи с {1} по {2}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing needs ordering: stock on hand and on order covers the expected sales.</source>
        <translation>Заказывать ничего не нужно: остатков и уже заказанного хватает на ожидаемые продажи.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No products match these filters.</source>
        <translation>Нет товаров, подходящих под этот отбор.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n line(s): open a supplier&apos;s group to see its lines</source>
        <translation>
            <numerusform>%n строка: раскройте группу поставщика, чтобы увидеть её строки</numerusform>
            <numerusform>%n строки: раскройте группу поставщика, чтобы увидеть её строки</numerusform>
            <numerusform>%n строк: раскройте группу поставщика, чтобы увидеть её строки</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The calculation failed.</source>
        <translation>Не удалось выполнить расчёт.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Select a supplier group or a line to see why it is suggested.</source>
        <translation>Выберите группу поставщика или строку, чтобы увидеть обоснование предложения.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nobody offers these products</source>
        <translation>Эти товары никто не предлагает</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tick the lines to order and adjust their quantities; then create the draft order for this supplier.</source>
        <translation>Отметьте строки для заказа и при необходимости измените количество; затем создайте черновик заказа этому поставщику.</translation>
    </message>
    <message numerus="yes">
        <location line="+35"/>
        <source>Draft order for {0} created with %n line(s).</source>
        <translation>
            <numerusform>Создан черновик заказа поставщику {0}: %n строка.</numerusform>
            <numerusform>Создан черновик заказа поставщику {0}: %n строки.</numerusform>
            <numerusform>Создан черновик заказа поставщику {0}: %n строк.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every group has been ordered. Calculate again to check.</source>
        <translation>По всем группам созданы заказы. Чтобы проверить, выполните расчёт ещё раз.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Stock or orders have changed since the calculation: press Calculate to bring it up to date.</source>
        <translation>После расчёта изменились остатки или заказы: нажмите «Рассчитать», чтобы обновить расчёт.</translation>
    </message>
</context>
<context>
    <name>ReportCharts</name>
    <message>
        <location filename="../../ui/reports/charts.py" line="+110"/>
        <source>other</source>
        <extracomment>Most category labels an axis shows before it thins them out. Most dates a line chart&apos;s time axis shows: each label gets room to be read whole. Slices of a pie beyond these go to &quot;other&quot;.</extracomment>
        <translation>прочее</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <location filename="../../ui/purchasing/pricelist_report_page.py" line="+39"/>
        <source>supplier SKU</source>
        <translation>артикул поставщика</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>barcode</source>
        <translation>штрихкод</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Errors ({0})</source>
        <translation>Ошибки ({0})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skipped ({0})</source>
        <translation>Пропущено ({0})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price changes ({0})</source>
        <translation>Изменения цен ({0})</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <location line="+6"/>
        <location line="+6"/>
        <location line="+6"/>
        <source>Supplier SKU</source>
        <translation>Артикул поставщика</translation>
    </message>
    <message>
        <location line="-26"/>
        <location line="+8"/>
        <location line="+12"/>
        <location line="+6"/>
        <source>Name</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <location line="-26"/>
        <location line="+8"/>
        <location line="+6"/>
        <location line="+12"/>
        <source>Our product</source>
        <translation>Наш товар</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Old price</source>
        <translation>Старая цена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New price</source>
        <translation>Новая цена</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>was zero</source>
        <translation>была нулевой</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Matched ({0})</source>
        <translation>Сопоставлено ({0})</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+13"/>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+13"/>
        <source>Stock</source>
        <translation>Остаток</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Found by</source>
        <translation>Способ сопоставления</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Similar names ({0})</source>
        <translation>Похожие наименования ({0})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link</source>
        <translation>Привязать</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Supplier&apos;s name</source>
        <translation>Наименование у поставщика</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Similarity</source>
        <translation>Сходство</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Without a product ({0})</source>
        <translation>Без товара ({0})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create product</source>
        <translation>Создать товар</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Barcode</source>
        <translation>Штрихкод</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not in this list ({0})</source>
        <translation>Нет в этом прайс-листе ({0})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supplier stock now</source>
        <translation>Текущий остаток у поставщика</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Import the other rows and leave out the %n row(s) with errors</source>
        <translation>
            <numerusform>Загрузить остальные строки, пропустив %n строку с ошибками</numerusform>
            <numerusform>Загрузить остальные строки, пропустив %n строки с ошибками</numerusform>
            <numerusform>Загрузить остальные строки, пропустив %n строк с ошибками</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Ticked rows become new products (inactive, unpublished: complete their cards in Catalog). The others are kept as offers without a product.</source>
        <translation>Из отмеченных строк будут созданы новые товары (неактивные и неопубликованные: заполните их карточки в разделе «Каталог»). Остальные сохранятся как предложения без товара.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tick all</source>
        <translation>Отметить все</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Untick all</source>
        <translation>Снять все отметки</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{0}: {1} items read from {2}.</source>
        <translation>{0}: из {2} прочитано позиций: {1}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Matched to our products: {0} by supplier SKU, {1} by barcode; {2} without a product.</source>
        <translation>Сопоставлено с нашими товарами: по артикулу поставщика — {0}, по штрихкоду — {1}; без товара — {2}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New offers: {0}. Price changes: {1}. Rows with errors: {2}. Skipped rows: {3}.</source>
        <translation>Новых предложений: {0}. Изменений цен: {1}. Строк с ошибками: {2}. Пропущено строк: {3}.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n offer(s) of this supplier are not in the list: their supplier stock becomes 0.</source>
        <translation>
            <numerusform>В прайс-листе нет %n предложения этого поставщика: его остаток у поставщика станет равен 0.</numerusform>
            <numerusform>В прайс-листе нет %n предложений этого поставщика: их остаток у поставщика станет равен 0.</numerusform>
            <numerusform>В прайс-листе нет %n предложений этого поставщика: их остаток у поставщика станет равен 0.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sheets without a price table: {0}.</source>
        <translation>Листы без таблицы цен: {0}.</translation>
    </message>
</context>
<context>
    <name>ReportTableModel</name>
    <message>
        <location filename="../../ui/reports/table_model.py" line="+108"/>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Double-click for details</source>
        <translation>Дважды щёлкните, чтобы открыть расшифровку</translation>
    </message>
</context>
<context>
    <name>ReportTabs</name>
    <message>
        <location filename="../../ui/import_wizard/report_tabs.py" line="+53"/>
        <source>File</source>
        <extracomment>One report tab: its key (the view is named ``wizard_&lt;key&gt;``), its title with {0} for the row count, its rows, and the column that takes the spare width.</extracomment>
        <translation>Файл</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+8"/>
        <source>Sheet</source>
        <translation>Лист</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+8"/>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Column</source>
        <translation>Столбец</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was expected</source>
        <translation>Что ожидалось</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Why</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
</context>
<context>
    <name>ReportsWorkspace</name>
    <message>
        <location filename="../../ui/reports/workspace.py" line="+84"/>
        <source>Show</source>
        <extracomment>Said before the next result&apos;s row count: what an import or an action on the selection just did.</extracomment>
        <translation>Сформировать</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop</source>
        <translation>Остановить</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>← Back</source>
        <translation>← Назад</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excel</source>
        <translation>Excel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save as preset…</source>
        <translation>Сохранить как шаблон…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import sales…</source>
        <translation>Загрузить продажи…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import website orders from the shop&apos;s order export (.xlsx, .csv)</source>
        <translation>Загрузить заказы сайта из выгрузки заказов магазина (.xlsx, .csv)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Presets:</source>
        <translation>Шаблоны:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Mark down…</source>
        <translation>Уценить…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop reordering…</source>
        <translation>Прекратить дозаказ…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Return to supplier…</source>
        <translation>Вернуть поставщику…</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Choose the period and filters, then press Show.</source>
        <translation>Выберите период и отбор, затем нажмите «Сформировать».</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Working…</source>
        <translation>Формирование…</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n row(s) in {0} s</source>
        <translation>
            <numerusform>%n строка за {0} с</numerusform>
            <numerusform>%n строки за {0} с</numerusform>
            <numerusform>%n строк за {0} с</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No sales or stock match this period and these filters.</source>
        <translation>За этот период и по этому отбору нет ни продаж, ни остатков.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Stopped.</source>
        <translation>Остановлено.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Stopping…</source>
        <translation>Остановка…</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n строка</numerusform>
            <numerusform>%n строки</numerusform>
            <numerusform>%n строк</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>%n product(s) selected</source>
        <translation>
            <numerusform>Выбран %n товар</numerusform>
            <numerusform>Выбрано %n товара</numerusform>
            <numerusform>Выбрано %n товаров</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select goods in the table (Ctrl+click, Shift+click) to act on them</source>
        <translation>Выделите товары в таблице (Ctrl+щелчок, Shift+щелчок), чтобы выполнить с ними действие</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your role may not do this.</source>
        <translation>Вашей роли это действие недоступно.</translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>%n price(s) marked down.</source>
        <translation>
            <numerusform>Уценена %n цена.</numerusform>
            <numerusform>Уценены %n цены.</numerusform>
            <numerusform>Уценено %n цен.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n product(s) will no longer be reordered.</source>
        <translation>
            <numerusform>%n товар больше не будет дозаказываться.</numerusform>
            <numerusform>%n товара больше не будут дозаказываться.</numerusform>
            <numerusform>%n товаров больше не будут дозаказываться.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n draft return(s) to suppliers made; the warehouse posts them when the goods leave.</source>
        <translation>
            <numerusform>Создан %n черновик возврата поставщику; склад проведёт его при отгрузке товара.</numerusform>
            <numerusform>Создано %n черновика возврата поставщикам; склад проведёт их при отгрузке товара.</numerusform>
            <numerusform>Создано %n черновиков возврата поставщикам; склад проведёт их при отгрузке товара.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Saved to {0}</source>
        <translation>Сохранено: {0}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Print preview</source>
        <translation>Предварительный просмотр</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save as preset</source>
        <translation>Сохранение шаблона</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Preset name:</source>
        <translation>Название шаблона:</translation>
    </message>
</context>
<context>
    <name>RevisionDialog</name>
    <message>
        <location filename="../../ui/purchasing/order_actions.py" line="+91"/>
        <source>Revise order {0}</source>
        <extracomment>The last file written (tests and the e-mail dialog look here).</extracomment>
        <translation>Новая редакция заказа {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The supplier gets the revised order; every change is recorded with its reason. A quantity can&apos;t go below what has already arrived.</source>
        <translation>Поставщик получит новую редакцию заказа; каждое изменение записывается вместе с причиной. Количество нельзя сделать меньше уже поставленного.</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <source>Received</source>
        <translation>Принято</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qty</source>
        <translation>Кол-во</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>New expected date:</source>
        <translation>Новая ожидаемая дата:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>e.g. the supplier has only 8 in stock</source>
        <translation>например, у поставщика в наличии только 8 шт.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reason:</source>
        <translation>Причина:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record revision</source>
        <translation>Сохранить редакцию</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Say why the order changes.</source>
        <translation>Укажите причину изменения заказа.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change a quantity, a price or the date first.</source>
        <translation>Сначала измените количество, цену или дату.</translation>
    </message>
</context>
<context>
    <name>RoleNames</name>
    <message>
        <location filename="../../ui/settings/common.py" line="+26"/>
        <source>Warehouse clerk</source>
        <extracomment>Forms stop growing here: on a wide window longer fields only push values away from labels. The order roles are listed in, everywhere (the way work flows through the shop).</extracomment>
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
        <location filename="../../ui/settings/rules_page.py" line="+73"/>
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
        <location line="+6"/>
        <source>VAT rate of products without their own rate:</source>
        <translation>Ставка НДС для товаров без собственной ставки:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reports</source>
        <translation>Отчёты</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Shop time zone:</source>
        <translation>Часовой пояс магазина:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reports count an order on its calendar day in this zone. Changing it recounts the report tables from all orders, which takes a while on a large store.</source>
        <translation>Отчёты относят заказ к календарному дню в этом поясе. При смене пояса таблицы отчётов пересчитываются по всем заказам — в большой базе это займёт время.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revert</source>
        <translation>Отменить изменения</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>&apos;{0}&apos; is not a time zone: pick one from the list, such as Europe/Moscow.</source>
        <translation>«{0}» — не часовой пояс: выберите пояс из списка, например Europe/Moscow.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Approval amount: {0}</source>
        <translation>Сумма согласования: {0}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Rules saved.</source>
        <translation>Правила сохранены.</translation>
    </message>
</context>
<context>
    <name>SalesImportWizard</name>
    <message>
        <location filename="../../ui/reports/sales_import_wizard.py" line="+19"/>
        <source>Import sales from the shop&apos;s order export</source>
        <translation>Загрузка продаж из выгрузки заказов магазина</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Choose the order export of the shop: an Excel workbook (.xlsx) or a CSV file with one row per order line. Orders are matched by their number: importing the same file again changes nothing, and a newer export updates the orders that changed. Nothing is written until you press Apply.</source>
        <translation>Выберите выгрузку заказов магазина: книгу Excel (.xlsx) или файл CSV, где каждая строка — строка заказа. Заказы сопоставляются по номеру: повторная загрузка того же файла ничего не меняет, а более свежая выгрузка обновит изменившиеся заказы. Ничего не записывается, пока вы не нажмёте «Применить».</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Path to the order export file</source>
        <translation>Путь к файлу выгрузки заказов</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Orders from:</source>
        <translation>Источник заказов:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File:</source>
        <translation>Файл:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The columns (order number, date, status, SKU or barcode, quantity, price, discount, line total, return reason) are found by their captions in Russian or English; the columns of a source&apos;s last import are remembered and tried first. You can correct them on the next page.</source>
        <translation>Столбцы (номер заказа, дата, статус, артикул или штрихкод, количество, цена, скидка, сумма строки, причина возврата) определяются по заголовкам на русском или английском; столбцы предыдущей загрузки из этого источника запоминаются и проверяются в первую очередь. Исправить их можно на следующей странице.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose an order export</source>
        <translation>Выбор выгрузки заказов</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Order exports (*.xlsx *.csv);;All files (*)</source>
        <translation>Выгрузки заказов (*.xlsx *.csv);;Все файлы (*)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Reading {0}…</source>
        <translation>Чтение {0}…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Order number:</source>
        <translation>Номер заказа:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date:</source>
        <translation>Дата:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status:</source>
        <translation>Статус:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Customer:</source>
        <translation>Покупатель:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail:</source>
        <translation>Эл. почта:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SKU:</source>
        <translation>Артикул:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Barcode:</source>
        <translation>Штрихкод:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Product name:</source>
        <translation>Наименование товара:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantity:</source>
        <translation>Количество:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unit price:</source>
        <translation>Цена за единицу:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discount:</source>
        <translation>Скидка:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Line total:</source>
        <translation>Сумма строки:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return reason:</source>
        <translation>Причина возврата:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>order</source>
        <translation>заказ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>date</source>
        <translation>дата</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>status</source>
        <translation>статус</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>customer</source>
        <translation>покупатель</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e-mail</source>
        <translation>эл. почта</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+115"/>
        <source>SKU</source>
        <translation>Артикул</translation>
    </message>
    <message>
        <location line="-115"/>
        <source>barcode</source>
        <translation>штрихкод</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>name</source>
        <translation>наименование</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>qty</source>
        <translation>кол-во</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>price</source>
        <translation>цена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>discount</source>
        <translation>скидка</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>total</source>
        <translation>сумма</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reason</source>
        <translation>причина</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>found from the file</source>
        <translation>определить по файлу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>day first (31.12.2026)</source>
        <translation>сначала день (31.12.2026)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>month first (12/31/2026)</source>
        <translation>сначала месяц (12/31/2026)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import:</source>
        <translation>Загружать:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Header row:</source>
        <translation>Строка заголовка:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dates:</source>
        <translation>Даты:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>All sheets with orders</source>
        <translation>Все листы с заказами</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>— none —</source>
        <translation>— нет —</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The header was found in row {0}; the highlighted columns will be read. Correct them below if they are wrong.</source>
        <translation>Заголовок найден в строке {0}; будут прочитаны выделенные столбцы. Если они определены неверно, исправьте их ниже.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>In the first rows: {0} lines of {1} orders, {2} rows with errors, {3} skipped.</source>
        <translation>В первых строках: строк заказов — {0} (заказов — {1}), строк с ошибками — {2}, пропущено — {3}.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Order</source>
        <translation>Заказ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Customer</source>
        <translation>Покупатель</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+15"/>
        <source>Lines</source>
        <translation>Строк</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Errors ({0})</source>
        <translation>Ошибки ({0})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New orders ({0})</source>
        <translation>Новые заказы ({0})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated ({0})</source>
        <translation>Обновлённые ({0})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SKUs we don&apos;t have ({0})</source>
        <translation>Нет у нас ({0})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name in the file</source>
        <translation>Наименование в файле</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>First row</source>
        <translation>Первая строка</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Already imported ({0})</source>
        <translation>Уже загружены ({0})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skipped ({0})</source>
        <translation>Пропущено ({0})</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Import the other orders and leave out the %n order(s) with errors</source>
        <translation>
            <numerusform>Загрузить остальные заказы, пропустив %n заказ с ошибками</numerusform>
            <numerusform>Загрузить остальные заказы, пропустив %n заказа с ошибками</numerusform>
            <numerusform>Загрузить остальные заказы, пропустив %n заказов с ошибками</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0}: {1} lines of {2} orders read for the source “{3}”.</source>
        <translation>{0}: для источника «{3}» прочитано строк — {1}, заказов — {2}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New orders: {0}. Updated: {1}. Already imported and unchanged: {2}.</source>
        <translation>Новых заказов: {0}. Обновлённых: {1}. Уже загруженных без изменений: {2}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled: {0}. Returned: {1}. Returned lines: {2}. Revenue of the file: {3}.</source>
        <translation>Отменённых: {0}. Возвращённых: {1}. Возвращённых строк: {2}. Выручка по файлу: {3}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rows with errors: {0}. Skipped rows: {1}.</source>
        <translation>Строк с ошибками: {0}. Пропущенных строк: {1}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dates read day first (01.02 is 1 February).</source>
        <translation>Даты читаются с дня (01.02 — это 1 февраля).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dates read month first (02/01 is 1 February).</source>
        <translation>Даты читаются с месяца (02/01 — это 1 февраля).</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n SKU(s) are not in our catalog: their lines are imported without a product (revenue without cost of goods).</source>
        <translation>
            <numerusform>%n артикула нет в нашем каталоге: его строки загружаются без товара (выручка без себестоимости).</numerusform>
            <numerusform>%n артикулов нет в нашем каталоге: их строки загружаются без товара (выручка без себестоимости).</numerusform>
            <numerusform>%n артикулов нет в нашем каталоге: их строки загружаются без товара (выручка без себестоимости).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Sales imported. New orders: {0}; updated: {1}; unchanged: {2}; lines: {3}.</source>
        <translation>Продажи загружены. Новых заказов: {0}; обновлённых: {1}; без изменений: {2}; строк: {3}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Step 1 of 3: the order export</source>
        <translation>Шаг 1 из 3: выгрузка заказов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step 3 of 3: checking the orders</source>
        <translation>Шаг 3 из 3: проверка заказов</translation>
    </message>
</context>
<context>
    <name>SeoTab</name>
    <message>
        <location filename="../../ui/catalog/card/seo_tab.py" line="+36"/>
        <source>made from the name when saved</source>
        <extracomment>&quot;Make from name&quot; asks the dialog for a free slug (it needs the store).</extracomment>
        <translation>создаётся из наименования при сохранении</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make from name</source>
        <translation>Из наименования</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>comma separated</source>
        <translation>через запятую</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>URL slug:</source>
        <translation>ЧПУ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meta title:</source>
        <translation>Meta title:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meta description:</source>
        <translation>Meta description:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keywords:</source>
        <translation>Ключевые слова:</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>How the card may look in search results:</source>
        <translation>Как карточка может выглядеть в результатах поиска:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Product name</source>
        <translation>Наименование товара</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(made when saved)</source>
        <translation>(создаётся при сохранении)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(no description: search engines pick text from the page)</source>
        <translation>(нет описания: поисковые системы возьмут текст со страницы)</translation>
    </message>
</context>
<context>
    <name>SettingsWorkspace</name>
    <message>
        <location filename="../../ui/settings/workspace.py" line="+50"/>
        <source>Users and roles</source>
        <translation>Пользователи и роли</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+48"/>
        <source>Company</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location line="-46"/>
        <location line="+46"/>
        <source>Stock and purchasing rules</source>
        <translation>Правила склада и закупок</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Card completeness</source>
        <translation>Заполненность карточек</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mail</source>
        <translation>Почта</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shop website</source>
        <translation>Сайт магазина</translation>
    </message>
    <message>
        <location line="+3"/>
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
    <name>ShopPage</name>
    <message>
        <location filename="../../ui/settings/shop_page.py" line="+51"/>
        <source>Shop website</source>
        <translation>Сайт магазина</translation>
    </message>
    <message>
        <location line="+131"/>
        <source>cs_…; leave empty to keep the saved one</source>
        <translation>cs_…; оставьте пустым, чтобы сохранить прежний</translation>
    </message>
    <message>
        <location line="-70"/>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>The site that gets our stock and prices and sends us its orders, or the feed files a platform reads.</source>
        <translation>Сайт, который получает от нас остатки и цены и присылает свои заказы, или файлы выгрузки, которые читает площадка.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connection</source>
        <translation>Подключение</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>WooCommerce (REST API)</source>
        <translation>WooCommerce (REST API)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CommerceML exchange (1C-Bitrix, InSales, UMI…)</source>
        <translation>Обмен CommerceML (1С-Битрикс, InSales, UMI…)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>django-oscar (django-oscar-api admin API)</source>
        <translation>django-oscar (администраторский API django-oscar-api)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feed files (YML, CSV, XLSX)</source>
        <translation>Файлы выгрузки (YML, CSV, XLSX)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Send the product list (import.xml) with the offers</source>
        <translation>Отправлять каталог товаров (import.xml) вместе с предложениями</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For sites that take their products from the exchange, such as 1C-Bitrix; switch off when the site has them already.</source>
        <translation>Для сайтов, которые берут товары из обмена, например 1С-Битрикс; отключите, если товары на сайте уже есть.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Whole quantities only (stock rounded down to whole units)</source>
        <translation>Только целые количества (остаток округляется вниз до целых единиц)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For sites that read only whole numbers, such as django-cml2: 2.5 m in stock goes to the site as 2.</source>
        <translation>Для сайтов, которые понимают только целые числа, например django-cml2: остаток 2,5 м уйдёт на сайт как 2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>YML (Yandex Market)</source>
        <translation>YML (Яндекс Маркет)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Each product&apos;s page on the site: {slug}, {sku} or {id} stand for the product&apos;s own values.</source>
        <translation>Страница каждого товара на сайте: вместо {slug}, {sku} и {id} подставляются значения товара.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A price that would drop by more than this, or to zero, is held back until a manager confirms it in the Sync workspace.</source>
        <translation>Цена, которая снизилась бы больше чем на эту величину или до нуля, задерживается, пока менеджер не подтвердит её в разделе «Синхронизация».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A product below this channel&apos;s publish threshold (Settings → Card completeness) goes to the site as not published.</source>
        <translation>Товар ниже порога публикации этого канала (Настройки → Заполненность карточек) уходит на сайт как неопубликованный.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync with this site</source>
        <translation>Синхронизировать с этим сайтом</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Platform:</source>
        <translation>Платформа:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+48"/>
        <location line="+21"/>
        <source>Site address:</source>
        <translation>Адрес сайта:</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>Consumer key:</source>
        <translation>Consumer key:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User name:</source>
        <translation>Имя пользователя:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+46"/>
        <source>Consumer secret:</source>
        <translation>Consumer secret:</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Feed folder:</source>
        <translation>Папка выгрузки:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files:</source>
        <translation>Файлы:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product pages:</source>
        <translation>Страницы товаров:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sales channel:</source>
        <translation>Канал продаж:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeout:</source>
        <translation>Тайм-аут:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hold price drops over:</source>
        <translation>Задерживать снижение цены более чем на:</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Create the keys in WooCommerce → Settings → Advanced → REST API with Read/Write access. The secret is kept in this computer&apos;s password store, never in the shared database; where there is none, set the environment variable {0}. The address must start with https://.</source>
        <translation>Создайте ключи в WooCommerce → Настройки → Дополнительно → REST API с правами «Чтение/Запись». Секрет хранится в хранилище паролей этого компьютера, а не в общей базе; если хранилища нет, задайте переменную окружения {0}. Адрес должен начинаться с https://.</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Test connection</source>
        <translation>Проверить подключение</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Exchange address:</source>
        <translation>Адрес обмена:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <source>Password:</source>
        <translation>Пароль:</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+11"/>
        <source>leave empty to keep the saved one</source>
        <translation>оставьте пустым, чтобы не менять сохранённый</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>The address and user of the site&apos;s 1C exchange (in 1C-Bitrix: Store → Settings → 1C integration; the user must be allowed to exchange). Stock and prices go as offers.xml; orders come from the site and are confirmed to it once saved here. The password is kept in this computer&apos;s password store; where there is none, set the environment variable {0}.</source>
        <translation>Адрес и пользователь обмена с 1С на сайте (в 1С-Битрикс: Магазин → Настройки → Интеграция с 1С; пользователю должен быть разрешён обмен). Остатки и цены уходят в offers.xml; заказы приходят с сайта и подтверждаются ему, как только сохранены здесь. Пароль хранится в хранилище паролей этого компьютера; если его нет, задайте переменную окружения {0}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The site with django-oscar-api (its /api/ is assumed; give the full address when it lives elsewhere). The site must set OSCARAPI_BLOCK_ADMIN_API_ACCESS = False, and the user must be staff, allowed to view partners, products and orders and to change stock records. Each stock record whose partner SKU (or product UPC) is one of our SKUs gets our stock and price. The password is kept in this computer&apos;s password store; where there is none, set the environment variable {0}.</source>
        <translation>Сайт с django-oscar-api (подразумевается путь /api/; если API по другому адресу, укажите его полностью). На сайте должно быть задано OSCARAPI_BLOCK_ADMIN_API_ACCESS = False, а пользователь должен быть сотрудником (staff) с правами просматривать партнёров, товары и заказы и изменять складские записи. Каждая складская запись, у которой артикул партнёра (или UPC товара) совпадает с нашим артикулом, получает наш остаток и цену. Пароль хранится в хранилище паролей этого компьютера; если его нет, задайте переменную окружения {0}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Shop address:</source>
        <translation>Адрес магазина:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every sync writes the chosen files for the whole catalogue to the folder, replacing the old ones only when complete; point the platform (Yandex Market, a price aggregator, a web server) at them. No orders come back through a feed.</source>
        <translation>Каждая синхронизация записывает выбранные файлы по всему каталогу в папку и заменяет старые только целиком готовыми; укажите на них площадке (Яндекс Маркет, агрегатор цен, веб-сервер). Заказы через выгрузку не приходят.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Feed folder</source>
        <translation>Папка выгрузки</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Shop connection saved.</source>
        <translation>Подключение к магазину сохранено.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Connecting to {0}…</source>
        <translation>Подключение к {0}…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Connected: {0}</source>
        <translation>Подключено: {0}</translation>
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
    <name>StopReorderingDialog</name>
    <message>
        <location filename="../../ui/reports/dead_stock_actions.py" line="+9"/>
        <source>Stop reordering</source>
        <translation>Прекращение дозаказа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These goods will no longer appear in the reorder suggestions. Purchase orders already sent are not changed.</source>
        <translation>Эти товары больше не будут попадать в предложения дозаказа. Уже отправленные заказы поставщикам не изменятся.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SKU</source>
        <translation>Артикул</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Product</source>
        <translation>Товар</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n product(s) selected.</source>
        <translation>
            <numerusform>Выбран %n товар.</numerusform>
            <numerusform>Выбрано %n товара.</numerusform>
            <numerusform>Выбрано %n товаров.</numerusform>
        </translation>
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
    <name>SuggestionModel</name>
    <message>
        <location filename="../../ui/purchasing/suggestion_model.py" line="+168"/>
        <source>Product</source>
        <extracomment>Per supplier: (ticked lines, their total), so a large group&apos;s row paints quickly.</extracomment>
        <translation>Товар</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SKU</source>
        <translation>Артикул</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>On hand</source>
        <translation>В наличии</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reserved</source>
        <translation>Резерв</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>On order</source>
        <translation>Заказано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sold/day</source>
        <translation>Продажи/день</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reorder point</source>
        <translation>Точка заказа</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Order qty</source>
        <translation>К заказу</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Supplier stock</source>
        <translation>Остаток у поставщика</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Still to come on open orders; (+n) on drafts and orders awaiting approval</source>
        <translation>Ещё не поставлено по открытым заказам; (+n) — в черновиках и заказах на согласовании</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sold per day in stock over the sales window</source>
        <translation>Продажи за один день наличия товара в периоде продаж</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sold/day × lead time + safety stock: order when stock falls to this</source>
        <translation>Продажи/день × срок поставки + страховой запас: заказывать, когда остаток опустится до этого уровня</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Double-click to change; tick the lines to order</source>
        <translation>Дважды щёлкните, чтобы изменить; отметьте строки для заказа</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>{0}: type a quantity above zero, in whole units for {1}.</source>
        <translation>{0}: введите количество больше нуля, в целых единицах ({1}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0}: type a quantity above zero.</source>
        <translation>{0}: введите количество больше нуля.</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>Nobody offers these products · %n line(s)</source>
        <translation>
            <numerusform>Эти товары никто не предлагает · %n строка</numerusform>
            <numerusform>Эти товары никто не предлагает · %n строки</numerusform>
            <numerusform>Эти товары никто не предлагает · %n строк</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} · lead time {1} d · {2} of {3} lines · {4}</source>
        <translation>{0} · срок поставки {1} дн. · {2} из {3} строк · {4}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>below the minimum order of {0}</source>
        <translation>меньше минимального заказа {0}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No active supplier has these products in its price list, so no order can be made for them here. Add them to a supplier&apos;s price list on the Suppliers page; they are planned with a new supplier&apos;s lead time of {0} days.</source>
        <translation>Этих товаров нет в прайс-листах активных поставщиков, поэтому заказать их здесь нельзя. Добавьте их в прайс-лист поставщика на вкладке «Поставщики»; пока они планируются со сроком поставки нового поставщика — {0} дн.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lead time {0} days. Ticked: {1}.</source>
        <translation>Срок поставки {0} дн. Отмечено на сумму {1}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Minimum order: {0}.</source>
        <translation>Минимальный заказ: {0}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The ticked lines are below the supplier&apos;s minimum order.</source>
        <translation>Сумма отмеченных строк меньше минимального заказа поставщика.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No sales in {0} days → 0/day</source>
        <translation>Нет продаж за {0} дн. → 0/день</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sold {0} in {1} days → {2}/day</source>
        <translation>Продано {0} за {1} дн. → {2}/день</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sold {0} in {1} days in stock of {2} → {3}/day</source>
        <translation>Продано {0} за {1} дн. наличия из {2} → {3}/день</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sold {0} in {1} days, none of them in stock → {2}/day</source>
        <translation>Продано {0} за {1} дн., товара не было в наличии ни дня → {2}/день</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lead time {0} days × {1} + safety stock {2} → reorder point {3}</source>
        <translation>Срок поставки {0} дн. × {1} + страховой запас {2} → точка заказа {3}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On hand {0} − reserved {1} + on order {2}</source>
        <translation>В наличии {0} − резерв {1} + заказано {2}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>+ in drafts {0}</source>
        <translation>+ в черновиках {0}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>customers are waiting for goods</source>
        <translation>покупатели ждут товар</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no demand, nothing to order</source>
        <translation>спроса нет, заказывать нечего</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nothing to order yet</source>
        <translation>заказывать пока рано</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Target {0} + {1} days × {2} = {3} → need {4}</source>
        <translation>Цель {0} + {1} дн. × {2} = {3} → нужно {4}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>minimum order {0}</source>
        <translation>минимальная партия {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in packs of {0}</source>
        <translation>упаковками по {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in whole units</source>
        <translation>целыми единицами</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>order {0}</source>
        <translation>заказать {0}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No supplier offers it: planned with a new supplier&apos;s lead time of {0} days</source>
        <translation>Поставщиков нет: планируется со сроком поставки нового поставщика — {0} дн.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The only supplier that offers it</source>
        <translation>Единственный поставщик этого товара</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The cheapest of %n offer(s)</source>
        <translation>
            <numerusform>Самое дешёвое из %n предложения</numerusform>
            <numerusform>Самое дешёвое из %n предложений</numerusform>
            <numerusform>Самое дешёвое из %n предложений</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The cheapest offer with enough stock; one at {0} has too little</source>
        <translation>Самое дешёвое предложение с достаточным остатком; у предложения по {0} остатка не хватает</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No supplier has {0} in stock; this one has the most ({1})</source>
        <translation>Ни у одного поставщика нет в наличии {0}; у этого больше всего ({1})</translation>
    </message>
</context>
<context>
    <name>SupplierChoiceDialog</name>
    <message>
        <location filename="../../ui/purchasing/product_picker.py" line="-56"/>
        <source>New purchase order</source>
        <translation>Новый заказ поставщику</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Supplier:</source>
        <translation>Поставщик:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There are no suppliers yet: add one on the Suppliers page first.</source>
        <translation>Поставщиков пока нет: сначала добавьте поставщика на вкладке «Поставщики».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Create draft</source>
        <translation>Создать черновик</translation>
    </message>
</context>
<context>
    <name>SupplierForm</name>
    <message>
        <location filename="../../ui/purchasing/supplier_form.py" line="-279"/>
        <source>as on the supplier&apos;s documents</source>
        <translation>как в документах поставщика</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>INN: 10 or 12 digits</source>
        <translation>ИНН: 10 или 12 цифр</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>where purchase orders are sent</source>
        <translation>на этот адрес отправляются заказы</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unsold goods</source>
        <translation>Нереализованный товар</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Defective goods</source>
        <translation>Бракованный товар</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tax ID:</source>
        <translation>ИНН:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact person:</source>
        <translation>Контактное лицо:</translation>
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
        <source>Address:</source>
        <translation>Адрес:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Terms</source>
        <translation>Условия</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Currency:</source>
        <translation>Валюта:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payment deferral:</source>
        <translation>Отсрочка платежа:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>days after delivery</source>
        <translation>дн. после поставки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead time:</source>
        <translation>Срок поставки:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>days from order to delivery</source>
        <translation>дн. от заказа до поставки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minimum order:</source>
        <translation>Минимальный заказ:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Takes back:</source>
        <translation>Принимает возврат:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes:</source>
        <translation>Примечание:</translation>
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
        <location line="+142"/>
        <source>Supplier saved.</source>
        <translation>Поставщик сохранён.</translation>
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
    <name>SupplierReturnDialog</name>
    <message>
        <location filename="../../ui/reports/dead_stock_actions.py" line="+8"/>
        <source>Return to the supplier</source>
        <translation>Возврат поставщику</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A draft return will be made for each supplier with the goods now in the bins. The warehouse checks the quantities and posts it when the goods leave.</source>
        <translation>Для каждого поставщика будет создан черновик возврата с товаром, который сейчас лежит в ячейках. Склад проверит количество и проведёт возврат при отгрузке товара.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Supplier</source>
        <translation>Поставщик</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Product</source>
        <translation>Товар</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bin</source>
        <translation>Ячейка</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value at cost</source>
        <translation>Сумма по себестоимости</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n draft return(s) will be made.</source>
        <translation>
            <numerusform>Будет создан %n черновик возврата.</numerusform>
            <numerusform>Будет создано %n черновика возврата.</numerusform>
            <numerusform>Будет создано %n черновиков возврата.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0} does not take back unsold goods by its terms: agree on it first.</source>
        <translation>По условиям поставщика {0} непроданный товар не принимается обратно: сначала договоритесь с ним.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No supplier delivered these, so they stay: {0}</source>
        <translation>Эти товары не поставлял ни один поставщик, поэтому они остаются: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing in the bins to return: {0}</source>
        <translation>В ячейках нет товара для возврата: {0}</translation>
    </message>
</context>
<context>
    <name>SuppliersModel</name>
    <message>
        <location filename="../../ui/purchasing/suppliers_page.py" line="-150"/>
        <source>Supplier</source>
        <translation>Поставщик</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Offers</source>
        <translation>Предложения</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open orders</source>
        <translation>Открытые заказы</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Price list</source>
        <translation>Прайс-лист</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{0} (archived)</source>
        <translation>{0} (в архиве)</translation>
    </message>
</context>
<context>
    <name>SuppliersPage</name>
    <message>
        <location line="-46"/>
        <source>Last 3 months</source>
        <extracomment>Periods the performance is measured over: (days back, or None for all time; title).</extracomment>
        <translation>Последние 3 месяца</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 12 months</source>
        <translation>Последние 12 месяцев</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All time</source>
        <translation>За всё время</translation>
    </message>
    <message>
        <location line="+195"/>
        <location line="+285"/>
        <source>New supplier</source>
        <translation>Новый поставщик</translation>
    </message>
    <message>
        <location line="-280"/>
        <source>Name, tax ID, contact, e-mail</source>
        <translation>Название, ИНН, контакт, эл. почта</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show archived</source>
        <translation>Показывать архивные</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+48"/>
        <source>Import price list…</source>
        <translation>Загрузить прайс-лист…</translation>
    </message>
    <message>
        <location line="-46"/>
        <location line="+218"/>
        <source>Archive</source>
        <translation>В архив</translation>
    </message>
    <message>
        <location line="-190"/>
        <source>Supplier SKU, name, barcode or our SKU</source>
        <translation>Артикул поставщика, наименование, штрихкод или наш артикул</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Details</source>
        <translation>Карточка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offers</source>
        <translation>Предложения</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>%n offer(s)</source>
        <translation>
            <numerusform>%n предложение</numerusform>
            <numerusform>%n предложения</numerusform>
            <numerusform>%n предложений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>%n supplier(s)</source>
        <translation>
            <numerusform>%n поставщик</numerusform>
            <numerusform>%n поставщика</numerusform>
            <numerusform>%n поставщиков</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only archived suppliers are found; tick “Show archived” to see them.</source>
        <translation>Найдены только архивные поставщики; чтобы увидеть их, отметьте «Показывать архивные».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No suppliers match “{0}”.</source>
        <translation>По запросу «{0}» поставщики не найдены.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No suppliers yet.</source>
        <translation>Поставщиков пока нет.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the first one with “New supplier”.</source>
        <translation>Добавьте первого кнопкой «Новый поставщик».</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+17"/>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>The card of {0} has unsaved changes. Save them?</source>
        <translation>В карточке {0} есть несохранённые изменения. Сохранить их?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the new supplier</source>
        <translation>нового поставщика</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The supplier card has unsaved changes. Close anyway and lose them?</source>
        <translation>В карточке поставщика есть несохранённые изменения. Закрыть и потерять их?</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose a supplier on the left.</source>
        <translation>Выберите поставщика слева.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suppliers, their terms and price lists are kept here.</source>
        <translation>Здесь хранятся поставщики, их условия и прайс-листы.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start with “New supplier”.</source>
        <translation>Начните с кнопки «Новый поставщик».</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Restore</source>
        <translation>Восстановить</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>{0} (archived)</source>
        <translation>{0} (в архиве)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No offers match “{0}”.</source>
        <translation>По запросу «{0}» предложения не найдены.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No offers yet. Import the supplier&apos;s price list.</source>
        <translation>Предложений пока нет. Загрузите прайс-лист поставщика.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{0} is archived.</source>
        <translation>Поставщик {0} перенесён в архив.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} is restored.</source>
        <translation>Поставщик {0} восстановлен из архива.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import a price list</source>
        <translation>Загрузка прайс-листа</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Price lists (*.xlsx *.csv);;All files (*)</source>
        <translation>Прайс-листы (*.xlsx *.csv);;Все файлы (*)</translation>
    </message>
</context>
<context>
    <name>SyncScheduler</name>
    <message>
        <location filename="../../ui/sync/schedule.py" line="+102"/>
        <source>Sync: sending changes to the site…</source>
        <extracomment>The longest interval offered: once a day. From the worker thread: (done, total, kind), carried to the window&apos;s thread. Asked before a scheduled run: True (a user&apos;s run in progress) skips this turn. When the timer fires next (UTC); None while the schedule is off.</extracomment>
        <translation>Синхронизация: отправка изменений на сайт…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Sync: sent {0} of {1}…</source>
        <translation>Синхронизация: отправлено {0} из {1}…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync: orders read: {0}…</source>
        <translation>Синхронизация: прочитано заказов: {0}…</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+6"/>
        <source>Sync failed: {0}</source>
        <translation>Синхронизация не удалась: {0}</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Sync: {0}</source>
        <translation>Синхронизация: {0}</translation>
    </message>
</context>
<context>
    <name>SyncWorkspace</name>
    <message>
        <location filename="../../ui/sync/workspace.py" line="+60"/>
        <source>done</source>
        <extracomment>The connection shown (None: the first enabled one).</extracomment>
        <translation>выполнено</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>needs attention</source>
        <translation>требует внимания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation>ошибка</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>running</source>
        <translation>выполняется</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>interrupted</source>
        <translation>прервано</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>send</source>
        <translation>отправка</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>orders</source>
        <translation>заказы</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Each connection sends every change and keeps its own queue</source>
        <translation>Каждое подключение отправляет все изменения и ведёт свою очередь</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connection:</source>
        <translation>Подключение:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Send changes now</source>
        <translation>Отправить изменения</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fetch orders now</source>
        <translation>Получить заказы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compare with the site…</source>
        <translation>Сравнить с сайтом…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read the site&apos;s stock and prices for every product and show what differs from ours</source>
        <translation>Прочитать с сайта остатки и цены всех товаров и показать, что отличается от наших</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop</source>
        <translation>Остановить</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Sync automatically (send changes, fetch orders) every</source>
        <translation>Синхронизировать автоматически (отправка изменений, получение заказов) каждые</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>while the application is open on this computer</source>
        <translation>пока приложение открыто на этом компьютере</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Started</source>
        <translation>Начало</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sent</source>
        <translation>Отправлено</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Refused</source>
        <translation>Отклонено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary</source>
        <translation>Итог</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose a run to read its log.</source>
        <translation>Выберите запуск, чтобы посмотреть его журнал.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Runs</source>
        <translation>Запуски</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log of the chosen run</source>
        <translation>Журнал выбранного запуска</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>SKU</source>
        <translation>Артикул</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Product</source>
        <translation>Товар</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tries</source>
        <translation>Попыток</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Held price</source>
        <translation>Задержанная цена</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Queue selected again</source>
        <translation>Вернуть выбранные в очередь</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Queue all again</source>
        <translation>Вернуть все в очередь</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confirm the held price</source>
        <translation>Подтвердить цену</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Let the selected products&apos; lower prices go to the site</source>
        <translation>Разрешить отправить на сайт сниженные цены выбранных товаров</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set aside: refused by the site, or a price drop waiting for a manager</source>
        <translation>Отложено: отклонено сайтом или снижение цены ждёт решения менеджера</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No shop website is connected yet. An administrator sets it up in Settings → Shop website.</source>
        <translation>Сайт магазина ещё не подключён. Администратор может подключить его в разделе «Настройки» → «Сайт магазина».</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Running now; next run at {0}</source>
        <translation>Идёт обмен; следующий запуск в {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next run at {0}</source>
        <translation>Следующий запуск в {0}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Shop website</source>
        <translation>Сайт магазина</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shop website: {0} ({1})</source>
        <translation>Сайт магазина: {0} ({1})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Waiting to be sent: {0} product(s), of them {1} waiting to retry; parked: {2}</source>
        <translation>Ждут отправки товаров: {0}, из них ждут повтора: {1}; отложено: {2}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{0} (switched off)</source>
        <translation>{0} (выключено)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No run yet.</source>
        <translation>Запусков ещё не было.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last run: {0}, {1} — {2}</source>
        <translation>Последний запуск: {0}, {1} — {2}</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Sending changes to the site…</source>
        <translation>Отправка изменений на сайт…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fetching orders from the site…</source>
        <translation>Получение заказов с сайта…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reading the site&apos;s stock and prices…</source>
        <translation>Чтение остатков и цен с сайта…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The site shows the same as we do ({0} product(s) compared).</source>
        <translation>На сайте всё совпадает с нашими данными (сравнено товаров: {0}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} difference(s) found.</source>
        <translation>Найдено расхождений: {0}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Stopping after the current batch…</source>
        <translation>Остановка после текущего пакета…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sent {0} of {1}…</source>
        <translation>Отправлено {0} из {1}…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Orders read: {0}…</source>
        <translation>Прочитано заказов: {0}…</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>{0} price(s) confirmed: they go to the site with the next run.</source>
        <translation>Подтверждено цен: {0}; они уйдут на сайт при следующем запуске.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{0} product(s) queued again for the next run.</source>
        <translation>Товаров снова поставлено в очередь на следующий запуск: {0}.</translation>
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
    <name>VariantsTab</name>
    <message>
        <location filename="../../ui/catalog/card/variants_tab.py" line="+24"/>
        <source>e.g. Size</source>
        <extracomment>Grid row → index in ``card.variants`` (retired variants are not shown).</extracomment>
        <translation>например, Размер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Colour (optional)</source>
        <translation>Цвет (по желанию)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add variant</source>
        <translation>Добавить модификацию</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make grid…</source>
        <translation>Создать сетку…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove variant</source>
        <translation>Удалить модификацию</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Axes:</source>
        <translation>Характеристики:</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>This product is itself a variant; its variants are edited on its parent&apos;s card.</source>
        <translation>Этот товар сам является модификацией; модификации редактируются в карточке основного товара.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Variants share the category, brand and unit of this card. A removed variant keeps its stock and history.</source>
        <translation>У модификаций те же категория, бренд и единица измерения, что в этой карточке. Удалённая модификация сохраняет остатки и историю.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SKU</source>
        <translation>Артикул</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Barcode</source>
        <translation>Штрихкод</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>On hand</source>
        <translation>В наличии</translation>
    </message>
    <message>
        <location line="+64"/>
        <location line="+16"/>
        <source>Name an axis first (e.g. Size), then add its variants.</source>
        <translation>Сначала задайте характеристику (например, Размер), затем добавьте модификации.</translation>
    </message>
</context>
<context>
    <name>Workspaces</name>
    <message>
        <location filename="../../ui/workspaces.py" line="+77"/>
        <source>Intake</source>
        <translation>Приёмка</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stock</source>
        <translation>Склад</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Purchasing</source>
        <translation>Закупки</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Catalog</source>
        <translation>Каталог</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reports</source>
        <translation>Отчёты</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sync</source>
        <translation>Синхронизация</translation>
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
        <source>&apos;{address}&apos; is not a valid e-mail address.</source>
        <translation>«{address}» — неверный адрес эл. почты.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{address}&apos; is not a valid store address: {reason}</source>
        <translation>«{address}» — неверный адрес базы: {reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{attribute}&apos; has at most {limit} characters; this value has {length}.</source>
        <translation>В свойстве «{attribute}» не более {limit} символов, а в этом значении {length}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{attribute}&apos; is yes or no, not &apos;{value}&apos;.</source>
        <translation>Свойство «{attribute}» принимает значения «да» или «нет», а не «{value}».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{channel}&apos; is not a sales channel.</source>
        <translation>«{channel}» — не канал продаж.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{channel}&apos; is not a sales channel; expected one of: {channels}.</source>
        <translation>«{channel}» не является каналом продаж; ожидается один из: {channels}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{code}&apos; can&apos;t be linked: {reason}</source>
        <translation>«{code}» нельзя привязать: {reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{code}&apos; is not a barcode; expected an EAN-13 such as 4601234567893 or an internal code of Latin letters and digits.</source>
        <translation>«{code}» — не штрихкод; ожидается EAN-13, например 4601234567893, или внутренний код из латинских букв и цифр.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{code}&apos; is not a write-off reason.</source>
        <translation>«{code}» не является причиной списания.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{column}&apos; is not a column letter (expected A, B, ... XFD).</source>
        <translation>«{column}» — не буква столбца (ожидается A, B, ... XFD).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{currency}&apos; is not a currency code; expected three letters such as RUB, USD or CNY.</source>
        <translation>«{currency}» — не код валюты; ожидаются три латинские буквы, например RUB, USD или CNY.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{delimiter}&apos; can&apos;t separate CSV columns; use a comma, a semicolon, a tab or a bar.</source>
        <translation>«{delimiter}» не может разделять столбцы CSV; используйте запятую, точку с запятой, табуляцию или вертикальную черту.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{email}&apos; is not an e-mail address; expected something like orders@example.ru.</source>
        <translation>«{email}» — не адрес эл. почты; ожидается адрес вида orders@example.ru.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{format}&apos; is not a feed format; expected yml, csv or xlsx.</source>
        <translation>«{format}» — не формат фида; ожидается yml, csv или xlsx.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{host}&apos; is not a host name: enter a name such as smtp.example.com.</source>
        <translation>«{host}» — не имя сервера: введите имя вида smtp.example.com.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{kind}&apos; is not an attribute kind; expected text, number, choice or bool.</source>
        <translation>«{kind}» — не тип свойства; ожидается text, number, choice или bool.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{name}&apos; can&apos;t be on the website without {attributes}.</source>
        <translation>«{name}» нельзя опубликовать на сайте, пока не заполнено: {attributes}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{name}&apos; is filled in on {count} product(s); deleting it removes their values.</source>
        <translation>Свойство «{name}» заполнено у товаров: {count}; удаление уберёт их значения.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{name}&apos; is filled in on {count} product(s); its kind can&apos;t change.</source>
        <translation>Свойство «{name}» заполнено у товаров: {count}; его тип изменить нельзя.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{name}&apos; is required on every channel; change that in the attribute set of its category.</source>
        <translation>«{name}» обязательно во всех каналах; это меняется в наборе свойств его категории.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{sku}&apos; already matches one of our products; link it instead of creating one.</source>
        <translation>«{sku}» уже соответствует одному из наших товаров; привяжите его, а не создавайте новый.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{sku}&apos; appears {count} times in the price list with different data ({rows}); keep one row.</source>
        <translation>«{sku}» встречается в прайс-листе несколько раз ({count}) с разными данными ({rows}); оставьте одну строку.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{sku}&apos; can&apos;t be an SKU: at most {limit} characters, no spaces.</source>
        <translation>«{sku}» не может быть артикулом: не более {limit} символов, без пробелов.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{sku}&apos; can&apos;t be both linked to a product and made into a new one.</source>
        <translation>«{sku}» нельзя одновременно привязать к товару и создать из него новый товар.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{slug}&apos; can&apos;t be a URL slug: use Latin letters, digits and single dashes, e.g. {example}.</source>
        <translation>«{slug}» не может быть ЧПУ: используйте латинские буквы, цифры и одиночные дефисы, например {example}.</translation>
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
        <source>&apos;{text}&apos; is not an amount; expected a number such as 1234,50.</source>
        <translation>«{text}» — не сумма; введите число, например 1234,50.</translation>
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
        <source>&apos;{unit}&apos; is not a unit of measure; expected one of {units}.</source>
        <translation>«{unit}» — не единица измерения; ожидается одна из: {units}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{url}&apos; is not a web address; expected something like https://shop.example.com.</source>
        <translation>«{url}» — не веб-адрес; ожидается адрес вида https://shop.example.com.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{url}&apos; is not an exchange address; expected something like https://shop.example.ru/bitrix/admin/1c_exchange.php.</source>
        <translation>«{url}» — не адрес обмена; ожидается адрес вида https://shop.example.ru/bitrix/admin/1c_exchange.php.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{url}&apos; is not the shop&apos;s address; expected something like https://shop.example.ru.</source>
        <translation>«{url}» — не адрес магазина; ожидается адрес вида https://shop.example.ru.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{value}&apos; is not a change of price; expected a number such as 10 or -5,5.</source>
        <translation>«{value}» — не изменение цены; ожидается число, например 10 или -5,5.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{value}&apos; is not a number ({option}).</source>
        <translation>«{value}» — не число ({option}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{value}&apos; is not a number for &apos;{attribute}&apos;; expected e.g. 1,5.</source>
        <translation>«{value}» — не число для свойства «{attribute}»; ожидается, например, 1,5.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{value}&apos; is not a number for the {what}; expected e.g. 1234,50.</source>
        <translation>«{value}» — не число для поля «{what}»; ожидается, например, 1234,50.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{value}&apos; is not a percentage; expected a number such as 15.</source>
        <translation>«{value}» — не процент; ожидается число, например 15.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{value}&apos; is not a valid choice for &apos;{option}&apos;.</source>
        <translation>«{value}» — недопустимое значение для «{option}».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{value}&apos; is not a whole number ({option}).</source>
        <translation>«{value}» — не целое число ({option}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{value}&apos; is not one of the choices for &apos;{attribute}&apos;: {choices}.</source>
        <translation>«{value}» нет среди допустимых значений свойства «{attribute}»: {choices}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{value}&apos; is not yes or no; expected yes/no (да/нет).</source>
        <translation>«{value}» — не «да» и не «нет»; ожидается да/нет (yes/no).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{zone}&apos; is not a time zone; pick one from the list, such as Europe/Moscow.</source>
        <translation>«{zone}» — не часовой пояс; выберите пояс из списка, например Europe/Moscow.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A SKU has at most {limit} characters; this one has {length}.</source>
        <translation>В артикуле не более {limit} символов, а в этом {length}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A URL slug has at most {limit} characters; this one has {length}.</source>
        <translation>В ЧПУ не более {limit} символов, а в этом {length}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A VAT rate is a percentage from 0 to 100, not {rate}.</source>
        <translation>Ставка НДС — процент от 0 до 100, указано {rate}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A YML feed needs the shop&apos;s name and the company name.</source>
        <translation>Для фида YML нужны название магазина и название компании.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A barcode has at most {limit} characters; this one has {length}.</source>
        <translation>Штрихкод может содержать не более {limit} символов, а в этом {length}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A barcode is for a unit or for a pack, not &apos;{kind}&apos;.</source>
        <translation>Штрихкод может обозначать единицу товара или упаковку, но не «{kind}».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A line&apos;s quantity can&apos;t be zero.</source>
        <translation>Количество в строке не может быть нулевым.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A markdown is more than 0 % and less than 100 %, not {value} %.</source>
        <translation>Уценка должна быть больше 0 % и меньше 100 %, а не {value} %.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A marking code stands for one unit of {sku}: scan each unit&apos;s code without a quantity.</source>
        <translation>Код маркировки обозначает одну единицу товара {sku}: сканируйте код каждой единицы без указания количества.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A pack barcode needs a pack quantity above zero; {code} has {quantity}.</source>
        <translation>Для штрихкода упаковки количество в упаковке должно быть больше нуля; у {code} указано {quantity}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A preset name has at most {limit} characters.</source>
        <translation>Название шаблона — не более {limit} символов.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A price can&apos;t be negative.</source>
        <translation>Цена не может быть отрицательной.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A price can&apos;t drop by {percent}%: that leaves nothing.</source>
        <translation>Цену нельзя изменить на {percent}%: от неё ничего не останется.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A product has variants along at most {limit} axes (e.g. size and colour).</source>
        <translation>У модификаций товара может быть не более {limit} характеристик (например, размер и цвет).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A product name has at most {limit} characters; this one has {length}.</source>
        <translation>В наименовании товара не более {limit} символов, а в этом {length}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A product needs a name.</source>
        <translation>Укажите наименование товара.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A product needs a retail price; the cell is empty.</source>
        <translation>У товара должна быть розничная цена, а ячейка пуста.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A product needs an SKU.</source>
        <translation>Укажите артикул товара.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A sales channel needs a name of 1 to 64 characters.</source>
        <translation>Название канала продаж должно содержать от 1 до 64 символов.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A shop connection named &apos;{name}&apos; already exists.</source>
        <translation>Подключение к магазину с именем «{name}» уже есть.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A source name has at most {limit} characters.</source>
        <translation>Название источника — не более {limit} символов.</translation>
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
        <source>A supplier SKU has at most {limit} characters; this one has {length}.</source>
        <translation>Артикул поставщика может содержать не более {limit} символов, а в этом {length}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A supplier needs a name.</source>
        <translation>Укажите название поставщика.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A transfer needs two different bins; {location} is both.</source>
        <translation>Для перемещения нужны две разные ячейки, а указана одна и та же: {location}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A unit has at most {limit} characters; &apos;{unit}&apos; has {length}.</source>
        <translation>Единица измерения — не длиннее {limit} символов; в «{unit}» их {length}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A unit price can&apos;t be negative; a returned line has a negative quantity.</source>
        <translation>Цена за единицу не может быть отрицательной; у возвращённой строки отрицательным указывается количество.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A variant axis needs a name of 1 to {limit} characters.</source>
        <translation>Название характеристики должно содержать от 1 до {limit} символов.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A variant can&apos;t have variants of its own.</source>
        <translation>У модификации не может быть своих модификаций.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An adjustment needs a quantity other than zero.</source>
        <translation>Количество в корректировке не может быть нулевым.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An alt text has at most {limit} characters; this one has {length}.</source>
        <translation>В alt-тексте не более {limit} символов, а в этом {length}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An attribute name has at most {limit} characters; &apos;{name}&apos; has {length}.</source>
        <translation>Название свойства — не длиннее {limit} символов; в «{name}» их {length}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An attribute needs a name.</source>
        <translation>У свойства должно быть название.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An order number has at most {limit} characters; this one has {length}.</source>
        <translation>В номере заказа не более {limit} символов, а в этом {length}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attribute #{attribute_id} does not exist.</source>
        <translation>Свойство № {attribute_id} не найдено.</translation>
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
        <source>Brand #{brand_id} does not exist (any more).</source>
        <translation>Бренда № {brand_id} нет (или он уже удалён).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Can&apos;t attach {path}: {reason}.</source>
        <translation>Не удалось приложить {path}: {reason}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Can&apos;t replace {path} (is it open in another program?): {reason}</source>
        <translation>Не удалось заменить {path} (файл открыт в другой программе?): {reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Can&apos;t write in the feed folder {folder}: {reason}</source>
        <translation>Не удалось записать в папку фида {folder}: {reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Can&apos;t write {path}: {reason}</source>
        <translation>Не удалось записать {path}: {reason}</translation>
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
        <source>Cannot read {file}: {reason}.</source>
        <translation>Не удалось прочитать {file}: {reason}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot use the store address: {reason}</source>
        <translation>Этот адрес базы не подходит: {reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category #{category_id} does not exist (any more).</source>
        <translation>Категории № {category_id} нет (или она уже удалена).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category #{category_id} does not exist.</source>
        <translation>Категория № {category_id} не найдена.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Charge {number}: enter an amount above zero.</source>
        <translation>Расход {number}: введите сумму больше нуля.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Charge {number}: unknown kind &apos;{kind}&apos;.</source>
        <translation>Расход {number}: неизвестный вид «{kind}».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a bin.</source>
        <translation>Выберите ячейку.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a column that identifies the product: SKU or barcode.</source>
        <translation>Выберите столбец, по которому определяется товар: артикул или штрихкод.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a column that identifies the product: supplier SKU, barcode or name.</source>
        <translation>Выберите столбец, по которому определяется товар: артикул поставщика, штрихкод или наименование.</translation>
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
        <source>Choose the column of the unit price or of the line total.</source>
        <translation>Выберите столбец цены за единицу или суммы строки.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the column that holds the price.</source>
        <translation>Выберите столбец с ценой.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the column that holds the {field}.</source>
        <translation>Выберите столбец, в котором указано поле «{field}».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the folder the feeds are written to (a full path), not &apos;{folder}&apos;.</source>
        <translation>Укажите папку для файлов выгрузки полным путём, а не «{folder}».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the product to add to the order.</source>
        <translation>Выберите товар, который нужно добавить в заказ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose why {sku} is written off.</source>
        <translation>Выберите причину списания {sku}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Classes A and B can&apos;t take more than 100 % together.</source>
        <translation>Классы A и B вместе не могут составлять больше 100 %.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Column {column} is chosen for both {first} and {second}.</source>
        <translation>Столбец {column} выбран и для поля «{first}», и для поля «{second}».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CommerceML schema version {version} is not supported; use one of {versions}.</source>
        <translation>Версия схемы CommerceML {version} не поддерживается; используйте одну из: {versions}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not talk to the mail server {server}: {reason}.</source>
        <translation>Не удалось связаться с почтовым сервером {server}: {reason}.</translation>
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
        <source>Enter at least one recipient address.</source>
        <translation>Укажите хотя бы один адрес получателя.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the company name: it heads every printed document.</source>
        <translation>Укажите название организации: оно печатается в шапке всех документов.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the consumer key the shop issued (WooCommerce → Settings → Advanced → REST API).</source>
        <translation>Введите consumer key, выданный магазином (WooCommerce → Настройки → Дополнительно → REST API).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the django-oscar staff user the connection logs in as.</source>
        <translation>Укажите пользователя-сотрудника django-oscar, от имени которого работает подключение.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the mail server (SMTP host).</source>
        <translation>Укажите почтовый сервер (SMTP).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the sender address in the mail settings: the user name {username} is not an e-mail address.</source>
        <translation>Укажите адрес отправителя в настройках почты: имя пользователя {username} не является адресом эл. почты.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the user name the site&apos;s 1C exchange accepts.</source>
        <translation>Введите имя пользователя, которое принимает обмен с 1С на сайте.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expected a date such as 05.03.2026 14:30 or 2026-03-05 14:30.</source>
        <translation>Ожидается дата, например 05.03.2026 14:30 или 2026-03-05 14:30.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expected a pack size: the number of units in a pack, such as 12.</source>
        <translation>Ожидается размер упаковки — число единиц в упаковке, например 12.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expected a price such as 1 234,50 or 1234.50.</source>
        <translation>Ожидается цена, например 1 234,50 или 1234.50.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expected a price with at most two decimal places.</source>
        <translation>Ожидается цена не более чем с двумя знаками после запятой.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expected a quantity such as 2, 1,5 or -1 (negative for a return).</source>
        <translation>Ожидается количество, например 2, 1,5 или -1 (отрицательное — для возврата).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expected a quantity with at most three decimal places.</source>
        <translation>Ожидается количество не более чем с тремя знаками после запятой.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expected a stock quantity: a number, a bound such as &gt;10, or a word such as &apos;много&apos; or &apos;нет&apos;.</source>
        <translation>Ожидается остаток: число, граница вида &gt;10 или слово, например «много» или «нет».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expected an amount such as 1 234,50 or -27.50.</source>
        <translation>Ожидается сумма, например 1 234,50 или -27.50.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expected the unit price or the line total.</source>
        <translation>Ожидается цена за единицу или сумма строки.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give a reason for adjusting {sku}.</source>
        <translation>Укажите причину корректировки {sku}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the preset a name.</source>
        <translation>Укажите название шаблона.</translation>
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
        <source>Give the shop connection a name.</source>
        <translation>Укажите название подключения к магазину.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the user at least one role.</source>
        <translation>Назначьте пользователю хотя бы одну роль.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>History entry #{entry_id} does not exist.</source>
        <translation>Записи истории № {entry_id} нет.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>History entry #{entry_id} is not about this product.</source>
        <translation>Запись истории № {entry_id} относится не к этому товару.</translation>
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
        <source>Mail to {host} without encryption is refused: the password and the documents would travel in clear. Choose STARTTLS or SSL; plain SMTP is only for a relay on this computer.</source>
        <translation>Отправка почты на {host} без шифрования запрещена: пароль и документы передавались бы в открытом виде. Выберите STARTTLS или SSL; SMTP без шифрования допустим только для ретранслятора на этом компьютере.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name the source of the orders (for example, website).</source>
        <translation>Укажите источник заказов (например, website).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name the variant axes (e.g. Size, Colour) before adding variants.</source>
        <translation>Прежде чем добавлять модификации, задайте характеристики (например, Размер, Цвет).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No consumer secret for the shop connection &apos;{name}&apos; on this computer: enter it in Settings → Shop connection, or set the environment variable {variable}.</source>
        <translation>На этом компьютере нет consumer secret для подключения к магазину «{name}»: введите его в разделе «Настройки» → «Подключение к магазину» или задайте переменную окружения {variable}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No exchange password for the shop connection &apos;{name}&apos; on this computer: enter it in Settings → Shop website, or set the environment variable {variable}.</source>
        <translation>На этом компьютере нет пароля обмена для подключения к магазину «{name}»: введите его в разделе «Настройки» → «Сайт магазина» или задайте переменную окружения {variable}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No header row found in {file}: none of the first {rows} rows of any sheet has captions such as Артикул/SKU or Наименование/Name together with Цена/Price. Choose the header row and the columns by hand.</source>
        <translation>В {file} не найдена строка заголовка: ни в одной из первых {rows} строк ни на одном листе нет заголовков вроде Артикул/SKU или Наименование/Name вместе с Цена/Price. Выберите строку заголовка и столбцы вручную.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No header row found in {file}: none of the first {rows} rows of any sheet has captions such as Номер заказа/Order, Дата/Date, Артикул/SKU, Количество/Quantity and Цена/Price. Choose the header row and the columns by hand.</source>
        <translation>В файле {file} не найдена строка заголовка: ни в одной из первых {rows} строк ни на одном листе нет заголовков вроде Номер заказа/Order, Дата/Date, Артикул/SKU, Количество/Quantity и Цена/Price. Укажите строку заголовка и столбцы вручную.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No password of the django-oscar user for the shop connection &apos;{name}&apos; on this computer: enter it in Settings → Shop website, or set the environment variable {variable}.</source>
        <translation>На этом компьютере нет пароля пользователя django-oscar для подключения к магазину «{name}»: введите его в разделе «Настройки → Сайт магазина» или задайте переменную окружения {variable}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No secure connection to the mail server {server} ({reason}): check the security setting and the port (SSL is usually 465, STARTTLS 587).</source>
        <translation>Не удалось установить защищённое подключение к почтовому серверу {server} ({reason}): проверьте настройку шифрования и порт (для SSL обычно 465, для STARTTLS — 587).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No shop connection is set up yet: add one in Settings → Shop connection.</source>
        <translation>Подключение к магазину ещё не настроено: добавьте его в разделе «Настройки» → «Подключение к магазину».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No supplier named &apos;{name}&apos;. Suppliers: {names}.</source>
        <translation>Поставщик «{name}» не найден. Поставщики: {names}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No user named &apos;{username}&apos;.</source>
        <translation>Пользователь «{username}» не найден.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None of the selected goods can be returned: they are not in the bins, or no supplier delivered them.</source>
        <translation>Ни один из выбранных товаров нельзя вернуть: их нет в ячейках или их не поставлял ни один поставщик.</translation>
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
        <source>Only a choice list has choices; &apos;{name}&apos; is not a choice list.</source>
        <translation>Значения бывают только у списка; «{name}» — не список значений.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only a number attribute has a unit; &apos;{name}&apos; is not a number.</source>
        <translation>Единица измерения бывает только у числового свойства; «{name}» — не число.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the last bulk change can be undone, and only once.</source>
        <translation>Отменить можно только последнее массовое изменение, и только один раз.</translation>
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
        <source>Order {order} has the status &apos;{status}&apos; in row {row}; all lines of an order have its status.</source>
        <translation>У заказа {order} в строке {row} статус «{status}», а у всех строк заказа статус должен быть одинаковым.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order {order} is dated {date} in row {row}; all lines of an order have its date.</source>
        <translation>У заказа {order} в строке {row} дата {date}, а у всех строк заказа дата должна быть одинаковой.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Photos of several products can&apos;t be deleted in one step.</source>
        <translation>Фото нескольких товаров нельзя удалить за одно действие.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Post a stock count with its variance report.</source>
        <translation>Инвентаризация проводится из ведомости расхождений.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prices are rounded to 0.01, 1, 10 or 100, not {step}.</source>
        <translation>Цены округляются до 0,01, 1, 10 или 100, а не до {step}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Product #{product_id} does not exist.</source>
        <translation>Товар № {product_id} не найден.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Product #{product_id} no longer exists; analyse the price list again.</source>
        <translation>Товара № {product_id} больше нет; проверьте прайс-лист заново.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Product {product_id} no longer exists.</source>
        <translation>Товара {product_id} больше нет.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Product {sku} has no barcode to print.</source>
        <translation>У товара {sku} нет штрихкода для печати.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Product {sku} was changed by someone else (version {version}, you edited version {expected_version}). Reload it and decide again.</source>
        <translation>Товар {sku} уже изменён другим пользователем (версия {version}, вы редактировали версию {expected_version}). Обновите данные и повторите изменение.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Product {sku} was saved by someone else after the export; export the catalog again and repeat this row&apos;s changes.</source>
        <translation>Товар {sku} изменён другим пользователем после выгрузки; выгрузите каталог заново и повторите изменения этой строки.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Product {sku} was saved by someone else after the file was checked; check the file again. Nothing was written.</source>
        <translation>Товар {sku} изменён другим пользователем после проверки файла; проверьте файл ещё раз. Ничего не записано.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Purchase order #{order_id} does not exist.</source>
        <translation>Заказ поставщику № {order_id} не найден.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Purchase order line #{line_id} does not exist.</source>
        <translation>Строка заказа поставщику № {line_id} не найдена.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Purchase order {number} has been received in full.</source>
        <translation>Заказ поставщику {number} уже принят полностью.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Purchase order {number} has no lines to print.</source>
        <translation>В заказе поставщику {number} нет строк для печати.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Purchase order {number} has no lines; add what to order first.</source>
        <translation>В заказе поставщику {number} нет строк; сначала добавьте товары.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Purchase order {number} has {count} line(s) without a price.</source>
        <translation>В заказе поставщику {number} есть строки без цены: {count}.</translation>
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
        <source>Purchase order {number} is not waiting for approval.</source>
        <translation>Заказ поставщику {number} не ожидает согласования.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Purchase order {number} is {state} and can&apos;t be sent now.</source>
        <translation>Заказ поставщику {number} в состоянии «{state}», отправить его сейчас нельзя.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Purchase order {number} is {state}: goods have arrived against it; close it instead of cancelling.</source>
        <translation>Заказ поставщику {number} в состоянии «{state}»: по нему уже поступил товар; вместо отмены закройте его.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Purchase order {number} is {state}: only drafts can be edited; change a sent order by a revision.</source>
        <translation>Заказ поставщику {number} в состоянии «{state}»: изменять можно только черновики; отправленный заказ изменяется новой редакцией.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Purchase order {number} is {state}; only received or partly received orders close.</source>
        <translation>Заказ поставщику {number} в состоянии «{state}»; закрыть можно только полностью или частично принятый заказ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Purchase order {number} is {state}; only sent orders are revised.</source>
        <translation>Заказ поставщику {number} в состоянии «{state}»; новую редакцию можно создать только для отправленного заказа.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Purchase order {number} totals {amount}, above {limit}: it needs a manager&apos;s approval before sending.</source>
        <translation>Сумма заказа поставщику {number} — {amount}, больше {limit}: перед отправкой его должен согласовать руководитель.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Purchase order {number} was changed by someone else meanwhile; reopen it to see the changes.</source>
        <translation>Заказ поставщику {number} тем временем изменён другим пользователем; откройте его заново, чтобы увидеть изменения.</translation>
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
        <source>Receipt {number} has no discrepancies to print.</source>
        <translation>В приёмке {number} нет расхождений для печати.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Receipt {number} has no lines to print.</source>
        <translation>В приёмке {number} нет строк для печати.</translation>
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
        <source>Report &apos;{name}&apos; has no columns to print.</source>
        <translation>В отчёте «{name}» нет столбцов для печати.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Row {row} of report &apos;{name}&apos; has {count} values for {columns} columns.</source>
        <translation>В строке {row} отчёта «{name}» значений: {count}, а столбцов: {columns}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SEO fields</source>
        <translation>SEO-поля</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SKU</source>
        <translation>Артикул</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Say how the prices change: by a percentage or by an amount.</source>
        <translation>Укажите, как меняются цены: в процентах или в рублях.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Say why the order changes: the revision is recorded with its reason.</source>
        <translation>Укажите причину изменения заказа: редакция записывается вместе с причиной.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Say why the order is sent back, so its author knows what to change.</source>
        <translation>Укажите, почему заказ возвращается на доработку, чтобы автор знал, что исправить.</translation>
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
        <source>Select the goods first.</source>
        <translation>Сначала выберите товары.</translation>
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
        <source>Supplier offer #{offer_id} does not exist.</source>
        <translation>Предложение поставщика № {offer_id} не найдено.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Supplier {name} has {count} open purchase order(s); receive, close or cancel them before archiving.</source>
        <translation>У поставщика {name} есть открытые заказы ({count}); перед переносом в архив примите, закройте или отмените их.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Supplier {name} was changed by someone else meanwhile; revert to see the changes.</source>
        <translation>Поставщик {name} тем временем изменён другим пользователем; отмените свои изменения, чтобы увидеть новые данные.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Supplier {supplier} is archived; restore it before ordering.</source>
        <translation>Поставщик {supplier} в архиве; чтобы сделать заказ, восстановите его.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The CommerceML exchange gives no way to read the site&apos;s stock and prices, so this connection can&apos;t be compared; push sends our values again instead.</source>
        <translation>Обмен CommerceML не позволяет прочитать остатки и цены сайта, поэтому сверить это подключение нельзя; вместо этого отправка передаст наши значения заново.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The CommerceML exchange needs both the user name and the password.</source>
        <translation>Для обмена CommerceML нужны и имя пользователя, и пароль.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The CommerceML exchange needs the company name (the catalogue&apos;s owner).</source>
        <translation>Для обмена CommerceML нужно название компании (владельца каталога).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The CommerceML id &apos;{value}&apos; must have 1 to 40 characters.</source>
        <translation>Идентификатор CommerceML «{value}» должен содержать от 1 до 40 символов.</translation>
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
        <source>The SKU {sku} already belongs to &apos;{name}&apos;.</source>
        <translation>Артикул {sku} уже занят товаром «{name}».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The SKU {sku} is also given in row {row}.</source>
        <translation>Артикул {sku} указан также в строке {row}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The SKU {sku} is used by two variants of this card.</source>
        <translation>Артикул {sku} указан у двух модификаций этой карточки.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The SMTP port must be from 1 to 65535, not {port}.</source>
        <translation>Порт SMTP должен быть от 1 до 65535, указано {port}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The URL slug &apos;{slug}&apos; belongs to another product; &apos;{suggestion}&apos; is free.</source>
        <translation>ЧПУ «{slug}» занят другим товаром; «{suggestion}» свободен.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The WooCommerce consumer key and secret are both needed.</source>
        <translation>Нужны и consumer key, и consumer secret WooCommerce.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The X boundary can&apos;t be above the Y boundary.</source>
        <translation>Граница X не может быть больше границы Y.</translation>
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
        <source>The barcode &apos;{barcode}&apos; of {sku} can&apos;t be printed as Code 128: use Latin letters, digits and signs only.</source>
        <translation>Штрихкод «{barcode}» товара {sku} нельзя напечатать в формате Code 128: допускаются только латинские буквы, цифры и знаки.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The barcode {code} already belongs to product {sku}.</source>
        <translation>Штрихкод {code} уже принадлежит товару {sku}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The barcode {code} already belongs to {sku}.</source>
        <translation>Штрихкод {code} уже привязан к товару {sku}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The barcode {code} has a wrong check digit: it should end in {digit}.</source>
        <translation>У штрихкода {code} неверная контрольная цифра: он должен оканчиваться на {digit}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The barcode {code} is listed twice.</source>
        <translation>Штрихкод {code} указан дважды.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The brand no longer exists.</source>
        <translation>Этого бренда больше нет.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The bulk change {tag} does not exist.</source>
        <translation>Массовое изменение {tag} не найдено.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The category &apos;{category}&apos; already has an attribute &apos;{name}&apos;.</source>
        <translation>В категории «{category}» уже есть свойство «{name}».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The category no longer exists.</source>
        <translation>Этой категории больше нет.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The certificate of the mail server {server} can&apos;t be trusted: {reason}.</source>
        <translation>Сертификату почтового сервера {server} нельзя доверять: {reason}.</translation>
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
        <source>The choice &apos;{choice}&apos; is listed twice in &apos;{name}&apos;.</source>
        <translation>Значение «{choice}» указано в «{name}» дважды.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The choice &apos;{choice}&apos; of &apos;{name}&apos; is chosen on {count} product(s); it can&apos;t be renamed or removed while they use it.</source>
        <translation>Значение «{choice}» свойства «{name}» выбрано у товаров: {count}; пока оно используется, его нельзя переименовать или удалить.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The choice list &apos;{name}&apos; needs at least one choice.</source>
        <translation>В списке «{name}» должно быть хотя бы одно значение.</translation>
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
        <source>The columns set for this source don&apos;t fit {file}: no sheet has the header ({captions}) in row {row} or in its first {rows} rows. Choose the header row and the columns again.</source>
        <translation>Столбцы, заданные для этого источника, не подходят к файлу {file}: ни на одном листе нет заголовка ({captions}) ни в строке {row}, ни в первых {rows} строках. Укажите строку заголовка и столбцы заново.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The columns set for this supplier&apos;s price list don&apos;t fit {file}: no sheet has the header ({captions}) in row {row} or in its first {rows} rows. Choose the header row and the columns again.</source>
        <translation>Столбцы, заданные для прайс-листа этого поставщика, не подходят к {file}: ни на одном листе нет заголовка ({captions}) ни в строке {row}, ни в первых {rows} строках. Выберите строку заголовка и столбцы заново.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The damaged units of receipt {number} were already returned with {return_number}.</source>
        <translation>Брак по приёмке {number} уже возвращён документом {return_number}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The days to cover can&apos;t be negative ({days}).</source>
        <translation>Число дней запаса не может быть отрицательным ({days}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The demo needs at least one product.</source>
        <translation>Для демо-данных нужен хотя бы один товар.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The e-mail address &apos;{address}&apos; has non-Latin letters before the @, which most mail servers can&apos;t deliver.</source>
        <translation>В адресе эл. почты «{address}» до знака @ есть нелатинские буквы; большинство почтовых серверов не смогут доставить такое письмо.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The environment variable {name} is empty or not set.</source>
        <translation>Переменная окружения {name} пуста или не задана.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The exchange address {url} uses plain HTTP, which would send the password unencrypted; use https:// (plain HTTP is allowed only to this computer).</source>
        <translation>Адрес обмена {url} использует обычный HTTP, и пароль передавался бы без шифрования; используйте https:// (обычный HTTP допускается только для этого компьютера).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The expected delivery date {date} is before the order was made.</source>
        <translation>Ожидаемая дата поставки {date} раньше даты создания заказа.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The feed folder {folder} does not exist.</source>
        <translation>Папки фида {folder} не существует.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file can&apos;t be read: {reason}</source>
        <translation>Не удалось прочитать файл: {reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file has {count} errors; correct them and import again. Nothing was written.</source>
        <translation>В файле есть ошибки ({count}); исправьте их и загрузите файл заново. Ничего не записано.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file is empty.</source>
        <translation>Файл пуст.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file is not a picture (JPEG, PNG, WebP, GIF, TIFF…).</source>
        <translation>Файл не является изображением (JPEG, PNG, WebP, GIF, TIFF…).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file is too large ({size} MB); the limit is {limit} MB.</source>
        <translation>Файл слишком большой ({size} МБ); предел — {limit} МБ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file {file} does not exist.</source>
        <translation>Файл {file} не существует.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file {file} is empty.</source>
        <translation>Файл {file} пуст.</translation>
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
        <source>The header row must be 1 or more, not {row}.</source>
        <translation>Номер строки заголовка должен быть не меньше 1, указано {row}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The line total doesn&apos;t agree with quantity × price − discount = {expected}; check that the columns are the right ones.</source>
        <translation>Сумма строки не сходится с расчётом «количество × цена − скидка» = {expected}; проверьте, правильно ли выбраны столбцы.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The mail account {username} on {host} needs a password: save it in Settings or set the environment variable {variable}.</source>
        <translation>Для почтовой учётной записи {username} на {host} нужен пароль: сохраните его в настройках или задайте переменную окружения {variable}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The mail server {host} was not found: check the host name.</source>
        <translation>Почтовый сервер {host} не найден: проверьте имя сервера.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The mail server {server} closed the connection unexpectedly: check the port and the security setting.</source>
        <translation>Почтовый сервер {server} неожиданно закрыл подключение: проверьте порт и настройку шифрования.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The mail server {server} did not answer within {seconds} s: check the port and the security setting (SSL is usually 465, STARTTLS 587).</source>
        <translation>Почтовый сервер {server} не ответил за {seconds} с: проверьте порт и настройку шифрования (для SSL обычно 465, для STARTTLS — 587).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The mail server {server} does not accept a login here ({reason}): check the security setting, or clear the user name.</source>
        <translation>Почтовый сервер {server} не принимает здесь вход ({reason}): проверьте настройку шифрования или очистите имя пользователя.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The mail server {server} does not offer STARTTLS: choose SSL (usually port 465) or check the port.</source>
        <translation>Почтовый сервер {server} не поддерживает STARTTLS: выберите SSL (обычно порт 465) или проверьте порт.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The mail server {server} refused the connection: check the host and the port.</source>
        <translation>Почтовый сервер {server} отклонил подключение: проверьте имя сервера и порт.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The mail server {server} refused the recipients ({reasons}).</source>
        <translation>Почтовый сервер {server} отклонил получателей ({reasons}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The mail server {server} refused the sender address {sender} ({reason}).</source>
        <translation>Почтовый сервер {server} отклонил адрес отправителя {sender} ({reason}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The mail server {server} refused: {reason}.</source>
        <translation>Почтовый сервер {server} отказал: {reason}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The mail server {server} rejected the user name {username} or its password.</source>
        <translation>Почтовый сервер {server} не принял имя пользователя {username} или пароль.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The mail timeout must be from 1 to {maximum} seconds, not {timeout}.</source>
        <translation>Время ожидания почтового сервера должно быть от 1 до {maximum} с, указано {timeout}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The marking code {code} is not on this receipt.</source>
        <translation>Кода маркировки {code} нет в этой приёмке.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The message was sent, but the mail server {server} refused these recipients: {recipients}.</source>
        <translation>Письмо отправлено, но почтовый сервер {server} отклонил этих получателей: {recipients}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The number of labels for {sku} must be a whole number.</source>
        <translation>Количество этикеток для {sku} должно быть целым числом.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The number of labels for {sku} must be from 1 to {limit}, not {copies}.</source>
        <translation>Количество этикеток для {sku} должно быть от 1 до {limit}, указано {copies}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The number of orders and photos can&apos;t be negative.</source>
        <translation>Количество заказов и фотографий не может быть отрицательным.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The number of photos and of description characters can&apos;t be negative.</source>
        <translation>Число фото и символов описания не может быть отрицательным.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The old price ({old}) must be higher than the retail price ({price}), or empty.</source>
        <translation>Старая цена ({old}) должна быть выше розничной ({price}) или не указываться.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The order export {file} has {count} rows with errors; correct them in the file and import it again, or leave those orders out.</source>
        <translation>В выгрузке заказов {file} строк с ошибками: {count}; исправьте их в файле и загрузите его снова или пропустите эти заказы.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The pack size must be more than zero.</source>
        <translation>Размер упаковки должен быть больше нуля.</translation>
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
        <source>The password store (keyring) failed: {reason}. Set the environment variable {variable} to the mail password instead.</source>
        <translation>Ошибка хранилища паролей (keyring): {reason}. Вместо этого задайте пароль почты в переменной окружения {variable}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The password store (keyring) failed: {reason}. Set the environment variable {variable} to the shop secret instead.</source>
        <translation>Ошибка хранилища паролей (keyring): {reason}. Вместо него задайте секрет магазина в переменной окружения {variable}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The passwords differ.</source>
        <translation>Пароли не совпадают.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The period starts on {start} after it ends on {end}.</source>
        <translation>Начало периода ({start}) позже его окончания ({end}).</translation>
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
        <source>The photo was deleted meanwhile; reload the product&apos;s photos.</source>
        <translation>Тем временем фото было удалено; обновите фото товара.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The photos of {sku} were changed meanwhile; reload them and try again.</source>
        <translation>Тем временем фото товара {sku} были изменены; обновите их и повторите попытку.</translation>
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
        <source>The price column &apos;{caption}&apos; (sheet &apos;{sheet}&apos;, row {row}, column {column}) of {file} is in {found}, but this supplier&apos;s prices are in {expected}. Import a list in {expected}, or change the supplier&apos;s currency.</source>
        <translation>Столбец цен «{caption}» (лист «{sheet}», строка {row}, столбец {column}) в {file} указан в {found}, а цены этого поставщика — в {expected}. Загрузите прайс-лист в {expected} или измените валюту поставщика.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The price is in {found}, but this supplier&apos;s prices are in {expected}.</source>
        <translation>Цена указана в {found}, а цены этого поставщика — в {expected}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The price is too large.</source>
        <translation>Слишком большая цена.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The price list {file} has {count} rows with errors; correct them in the file and import it again, or leave those rows out.</source>
        <translation>В прайс-листе {file} есть строки с ошибками ({count}); исправьте их в файле и загрузите его заново или пропустите эти строки.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The price of {sku} is negative.</source>
        <translation>Цена {sku} отрицательная.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The product is already in row {row}; each product may appear once.</source>
        <translation>Этот товар уже есть в строке {row}; каждый товар может встречаться только один раз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The product page address &apos;{pattern}&apos; may hold only {{slug}}, {{sku}} and {{id}}.</source>
        <translation>Адрес страницы товара «{pattern}» может содержать только {{slug}}, {{sku}} и {{id}}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The product page address &apos;{pattern}&apos; must start with https:// (e.g. https://shop.example.ru/product/{{slug}}).</source>
        <translation>Адрес страницы товара «{pattern}» должен начинаться с https:// (например, https://shop.example.ru/product/{{slug}}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The publish threshold is a percentage from 0 to 100, not {value}.</source>
        <translation>Порог публикации — процент от 0 до 100, а не {value}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The quantity is too large.</source>
        <translation>Слишком большое количество.</translation>
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
        <source>The report &apos;{report}&apos; has no option &apos;{option}&apos;.</source>
        <translation>У отчёта «{report}» нет параметра «{option}».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The report tables were built for the time zone {built}, but the shop&apos;s time zone is now {zone}: they need rebuilding before reports can run.</source>
        <translation>Таблицы отчётов построены для часового пояса {built}, а часовой пояс магазина теперь {zone}: перед построением отчётов их нужно пересчитать.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The revision changes nothing.</source>
        <translation>Новая редакция ничего не меняет.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The row &apos;{key}&apos; is not among the rows of the price list that can be imported.</source>
        <translation>Строки «{key}» нет среди строк прайс-листа, которые можно загрузить.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sales window must be at least one day, not {days}.</source>
        <translation>Период продаж должен быть не меньше одного дня, указано {days}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The saved order export mapping names an unknown column kind &apos;{kind}&apos;.</source>
        <translation>В сохранённом сопоставлении столбцов выгрузки заказов указан неизвестный вид столбца «{kind}».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The saved price list mapping names an unknown column kind &apos;{kind}&apos;.</source>
        <translation>В сохранённой схеме столбцов прайс-листа указан неизвестный вид столбца «{kind}».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The serial number in the code is too long.</source>
        <translation>Серийный номер в коде слишком длинный.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sheet &apos;{sheet}&apos; of {file} is empty.</source>
        <translation>Лист «{sheet}» в {file} пуст.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The shop address {url} uses plain HTTP: the keys would travel unencrypted. Use https://.</source>
        <translation>Адрес магазина {url} использует обычный HTTP: ключи передавались бы без шифрования. Используйте https://.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The shop connection &apos;{name}&apos; is switched off; switch it on in Settings.</source>
        <translation>Подключение к магазину «{name}» выключено; включите его в настройках.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The shop timeout must be from 1 to {maximum} seconds, not {timeout}.</source>
        <translation>Тайм-аут магазина должен быть от 1 до {maximum} секунд, а не {timeout}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The site answered the {step} step with HTTP {status}: {message}</source>
        <translation>Сайт ответил на шаге {step} кодом HTTP {status}: {message}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The site answered the {step} step with something that is not the exchange protocol: {answer}</source>
        <translation>Сайт ответил на шаге {step} не по протоколу обмена: {answer}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The site answered the {step} step without a session cookie: {answer}</source>
        <translation>Сайт ответил на шаге {step} без cookie сеанса: {answer}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The site could not be reached at the {step} step: {reason}</source>
        <translation>Не удалось связаться с сайтом на шаге {step}: {reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The site did not answer the {step} step in time ({reason}).</source>
        <translation>Сайт не ответил вовремя на шаге {step} ({reason}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The site refused part {part} of {filename} at the {step} step: {message}</source>
        <translation>Сайт отклонил часть {part} файла {filename} на шаге {step}: {message}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The site refused the login at the {step} step (HTTP {status}); check the exchange user name and password.</source>
        <translation>Сайт отказал во входе на шаге {step} (HTTP {status}); проверьте имя пользователя и пароль обмена.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The site refused the {step} step: {message}</source>
        <translation>Сайт отклонил шаг {step}: {message}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The site refused to import {filename}: {message}</source>
        <translation>Сайт отказался загружать {filename}: {message}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The site was still importing {filename} after {seconds} s; the last progress answer said: {message}</source>
        <translation>Сайт всё ещё загружал {filename} спустя {seconds} с; последний ответ о ходе загрузки: {message}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The site was still importing {filename} after {steps} progress answers; the last said: {message}</source>
        <translation>Сайт всё ещё загружал {filename} после ответов о ходе загрузки ({steps}); последний ответ: {message}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The site {url} answered HTTP {status} to {path}: {message}</source>
        <translation>Сайт {url} ответил на {path} кодом HTTP {status}: {message}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The site {url} answered something that is not a WooCommerce list: {text}</source>
        <translation>Сайт {url} вернул не список WooCommerce: {text}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The site {url} answered {path} with something that is not JSON: {text}</source>
        <translation>Сайт {url} ответил на {path} не в формате JSON: {text}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The site {url} answered {path} with something that is not a batch result: {text}</source>
        <translation>Сайт {url} ответил на {path} не результатом пакетной операции: {text}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The site {url} answered {path} with something that is not a list: {text}</source>
        <translation>Сайт {url} ответил на {path} не списком: {text}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The site {url} asks to wait {seconds} s before the next request; nothing is lost: the next run takes up from here.</source>
        <translation>Сайт {url} просит подождать {seconds} с до следующего запроса; ничего не потеряно: следующий запуск продолжит с этого места.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The site {url} did not answer properly after {attempts} tries: {problem}. Nothing is lost: the next run takes up from here.</source>
        <translation>Сайт {url} не ответил как следует после нескольких попыток ({attempts}): {problem}. Ничего не потеряно: следующий запуск продолжит с этого места.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The site {url} refused the keys (HTTP {status}): {message}</source>
        <translation>Сайт {url} не принял ключи (HTTP {status}): {message}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The site {url} shows a certificate this computer does not trust ({reason}); ask the site&apos;s host for a valid certificate.</source>
        <translation>Сайт {url} предъявляет сертификат, которому этот компьютер не доверяет ({reason}); попросите хостинг сайта установить действительный сертификат.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The site&apos;s offers</source>
        <translation>Предложения сайта</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The site&apos;s orders</source>
        <translation>Заказы сайта</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The stock can&apos;t be negative.</source>
        <translation>Остаток не может быть отрицательным.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The stock counted for &apos;много&apos; must be 1 or more, not {value}.</source>
        <translation>Остаток, принимаемый для «много», должен быть не меньше 1, указано {value}.</translation>
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
        <source>The supplier no longer exists.</source>
        <translation>Этого поставщика больше нет.</translation>
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
        <source>The totals of report &apos;{name}&apos; have {count} values for {columns} columns.</source>
        <translation>В итогах отчёта «{name}» значений: {count}, а столбцов: {columns}.</translation>
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
        <source>The variant axes must have different names.</source>
        <translation>Названия характеристик модификаций должны различаться.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The variant of this change was removed from the card.</source>
        <translation>Модификация, к которой относится это изменение, удалена из карточки.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The {field} is a number of days from 0 to {limit}, not {days}.</source>
        <translation>Поле «{field}» — число дней от 0 до {limit}, указано {days}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The {field} is too long: at most {limit} characters.</source>
        <translation>Поле «{field}» слишком длинное: не более {limit} символов.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The {field} must be more than zero, not {quantity}.</source>
        <translation>Поле «{field}» должно быть больше нуля, указано {quantity}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The {what} can&apos;t be negative ({value}).</source>
        <translation>Значение «{what}» не может быть отрицательным ({value}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The {what} can&apos;t be negative.</source>
        <translation>Значение «{what}» не может быть отрицательным.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The {what} has {length} characters; at most {limit} are allowed.</source>
        <translation>В поле «{what}» {length} симв., допускается не более {limit}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There are no labels to print.</source>
        <translation>Нет этикеток для печати.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There are several shop connections ({names}); name the one to use.</source>
        <translation>Подключений к магазинам несколько ({names}); укажите нужное.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is already a supplier named &apos;{name}&apos; in the archive; restore it instead.</source>
        <translation>В архиве уже есть поставщик «{name}»; восстановите его.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is already a supplier named &apos;{name}&apos;.</source>
        <translation>Поставщик «{name}» уже есть.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no WooCommerce REST API at {url} (HTTP 404 for {path}).</source>
        <translation>По адресу {url} нет WooCommerce REST API (HTTP 404 для {path}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no brand &apos;{value}&apos;; expected a brand the catalog has.</source>
        <translation>Бренда «{value}» нет; ожидается бренд, который есть в каталоге.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no category &apos;{value}&apos;; expected a category path as exported, e.g. &apos;Parent / Child&apos;.</source>
        <translation>Категории «{value}» нет; ожидается путь категории, как при выгрузке, например «Раздел / Подраздел».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no django-oscar-api admin API at {url} (HTTP 404 for {path}): check the address and that the site sets OSCARAPI_BLOCK_ADMIN_API_ACCESS = False.</source>
        <translation>По адресу {url} нет администраторского API django-oscar-api (HTTP 404 для {path}): проверьте адрес и что на сайте задано OSCARAPI_BLOCK_ADMIN_API_ACCESS = False.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no shop connection named &apos;{name}&apos;.</source>
        <translation>Подключения к магазину «{name}» нет.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no shop connection number {id}.</source>
        <translation>Подключения к магазину № {id} нет.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This change can&apos;t be reverted from the card.</source>
        <translation>Это изменение нельзя отменить из карточки.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This computer has no password store (keyring), so the mail password can&apos;t be saved. Set the environment variable {variable} to the password instead.</source>
        <translation>На этом компьютере нет хранилища паролей (keyring), поэтому пароль почты сохранить нельзя. Вместо этого задайте пароль в переменной окружения {variable}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This computer has no password store (keyring), so the shop secret can&apos;t be saved. Set the environment variable {variable} to the secret instead.</source>
        <translation>На этом компьютере нет хранилища паролей (keyring), поэтому секрет магазина сохранить нельзя. Вместо этого задайте секрет в переменной окружения {variable}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is the last active administrator; keep at least one.</source>
        <translation>Это последний активный администратор; хотя бы один должен остаться.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This row has no product ID; new products are added in the product card, and rows are copied with their hidden ID and Version columns.</source>
        <translation>В строке нет ID товара. Новые товары добавляются в карточке товара, а строки копируются вместе со скрытыми столбцами ID и «Версия».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This row is not a product of the catalog (ID &apos;{value}&apos;); new products are added in the product card.</source>
        <translation>Строка не относится к товару каталога (ID «{value}»); новые товары добавляются в карточке товара.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tick at least one suggestion to order.</source>
        <translation>Отметьте хотя бы одно предложение для заказа.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too many wrong passwords. Try again in {seconds} s.</source>
        <translation>Слишком много неверных паролей. Повторите попытку через {seconds} с.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Two variants are both {values}; each combination appears once.</source>
        <translation>У двух модификаций одинаковые значения {values}; каждое сочетание должно встречаться один раз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown barcode {barcode}: no product has it.</source>
        <translation>Неизвестный штрихкод {barcode}: он не привязан ни к одному товару.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown label layout &apos;{layout}&apos;: use one of {choices}.</source>
        <translation>Неизвестный макет этикеток «{layout}»: допустимые варианты — {choices}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown mail security &apos;{security}&apos;: choose STARTTLS, SSL or none.</source>
        <translation>Неизвестный режим шифрования почты «{security}»: выберите STARTTLS, SSL или none.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown order status; expected one such as new, processing, shipped, completed, cancelled, refunded (новый, в обработке, отправлен, выполнен, отменён, возврат).</source>
        <translation>Неизвестный статус заказа; ожидается, например: новый, в обработке, отправлен, выполнен, отменён, возврат (new, processing, shipped, completed, cancelled, refunded).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown report &apos;{report}&apos;.</source>
        <translation>Неизвестный отчёт «{report}».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown setting &apos;{key}&apos;.</source>
        <translation>Неизвестная настройка «{key}».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown shop platform &apos;{kind}&apos;.</source>
        <translation>Неизвестная платформа магазина «{kind}».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown time zone &apos;{tz}&apos;.</source>
        <translation>Неизвестный часовой пояс «{tz}».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown time zone &apos;{zone}&apos;: set the shop&apos;s time zone in Settings.</source>
        <translation>Неизвестный часовой пояс «{zone}»: укажите часовой пояс магазина в настройках.</translation>
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
        <source>VAT rate</source>
        <translation>ставка НДС</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Variant #{variant_id} is not a variant of {sku}.</source>
        <translation>Модификация № {variant_id} не относится к товару {sku}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Variant {number} needs a value for each axis ({axes}).</source>
        <translation>Для модификации {number} нужно значение каждой характеристики ({axes}).</translation>
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
        <source>Writing the feeds to {folder} failed: {reason}</source>
        <translation>Не удалось записать файлы выгрузки в {folder}: {reason}</translation>
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
        <source>XYZ by month needs at least two whole months in the period.</source>
        <translation>Для XYZ-анализа по месяцам в периоде должно быть не менее двух полных месяцев.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>XYZ by week needs at least two whole weeks in the period.</source>
        <translation>Для XYZ-анализа по неделям в периоде должно быть не менее двух полных недель.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You can&apos;t disable your own account.</source>
        <translation>Нельзя отключить собственную учётную запись.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You made purchase order {number}; another manager must approve it.</source>
        <translation>Заказ поставщику {number} создан вами; его должен согласовать другой руководитель.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a draft</source>
        <translation>черновик</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a longer description</source>
        <translation>более длинное описание</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>address</source>
        <translation>адрес</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>approve purchase orders</source>
        <translation>согласовывать заказы поставщикам</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>approved</source>
        <translation>согласован</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>awaiting approval</source>
        <translation>на согласовании</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>barcode</source>
        <translation>штрихкод</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cancelled</source>
        <translation>отменён</translation>
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
        <source>charge</source>
        <translation>сумма расхода</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>closed</source>
        <translation>закрыт</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>contact person</source>
        <translation>контактное лицо</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>customer</source>
        <translation>покупатель</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>customer e-mail</source>
        <translation>e-mail покупателя</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>discount</source>
        <translation>скидка</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>django-oscar at {url} refused the user &apos;{user}&apos; (HTTP {status}: {message}). Check the user name and password; the user must be staff and allowed to view partners, products and orders and to change stock records.</source>
        <translation>django-oscar по адресу {url} отказал пользователю «{user}» (HTTP {status}: {message}). Проверьте имя пользователя и пароль; пользователь должен быть сотрудником (staff) с правами просматривать партнёров, товары и заказы и изменять складские записи.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e-mail</source>
        <translation>эл. почта</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>edit product cards</source>
        <translation>редактировать карточки товаров</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>height</source>
        <translation>высота</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>import website orders</source>
        <translation>загружать заказы сайта</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>keywords</source>
        <translation>ключевые слова</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>lead time</source>
        <translation>срок поставки</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>length</source>
        <translation>длина</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>line total</source>
        <translation>сумма строки</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>main photo</source>
        <translation>главное фото</translation>
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
        <source>marketplace</source>
        <translation>маркетплейс</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>meta description</source>
        <translation>meta description</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>meta title</source>
        <translation>meta title</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>minimum order amount</source>
        <translation>минимальная сумма заказа</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>minimum order quantity</source>
        <translation>минимальная партия</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>more photos</source>
        <translation>больше фото</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>name</source>
        <translation>наименование</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no SKU or barcode</source>
        <translation>нет артикула и штрихкода</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no order number (a total or a note)</source>
        <translation>нет номера заказа (итог или примечание)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no price</source>
        <translation>нет цены</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nothing identifies the product (no SKU, barcode or name)</source>
        <translation>товар не определить (нет ни артикула, ни штрихкода, ни наименования)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>old price</source>
        <translation>старая цена</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>order date</source>
        <translation>дата заказа</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>order number</source>
        <translation>номер заказа</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>order status</source>
        <translation>статус заказа</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pack size</source>
        <translation>размер упаковки</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>partially received</source>
        <translation>принят частично</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>payment deferral</source>
        <translation>отсрочка платежа</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>phone</source>
        <translation>телефон</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>price</source>
        <translation>цена</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>product name</source>
        <translation>наименование товара</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>quantity</source>
        <translation>количество</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>receive goods</source>
        <translation>принимать товар</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>received</source>
        <translation>принят</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>repeats an earlier line of the same order</source>
        <translation>повторяет предыдущую строку того же заказа</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>repeats an earlier row</source>
        <translation>повторяет одну из предыдущих строк</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>repeats the header row</source>
        <translation>повторяет строку заголовка</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>report: --format is pdf or xlsx.</source>
        <translation>report: --format — pdf или xlsx.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>report: --option takes KEY=VALUE, not &apos;{pair}&apos;.</source>
        <translation>report: --option задаётся как KEY=VALUE, а не «{pair}».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>report: dates are written as 2026-11-01.</source>
        <translation>report: даты записываются как 2026-11-01.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>report: give NAME, --from, --to and --out (or --list).</source>
        <translation>report: укажите NAME, --from, --to и --out (или --list).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>required attributes</source>
        <translation>обязательные свойства</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>retail price</source>
        <translation>розничная цена</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>return reason</source>
        <translation>причина возврата</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>run the shop sync</source>
        <translation>запускать синхронизацию с сайтом</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>section heading</source>
        <translation>заголовок раздела</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sent</source>
        <translation>отправлен</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>short description</source>
        <translation>краткое описание</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stock</source>
        <translation>остаток</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>supplier SKU</source>
        <translation>артикул поставщика</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>supplier name</source>
        <translation>название поставщика</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tax ID</source>
        <translation>ИНН</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unit price</source>
        <translation>цена за единицу</translation>
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
        <source>website</source>
        <translation>сайт</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>weight</source>
        <translation>вес</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>width</source>
        <translation>ширина</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} products were changed after the bulk change ({skus}); undo the others or leave it.</source>
        <translation>Товары, изменённые после массового изменения ({count}): {skus}. Отмените его для остальных товаров или оставьте как есть.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} has a header but no items with a price under it.</source>
        <translation>В {file} есть заголовок, но под ним нет позиций с ценой.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} has a header but no order lines under it.</source>
        <translation>В файле {file} есть заголовок, но под ним нет строк заказов.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} has no data: every sheet is empty.</source>
        <translation>В {file} нет данных: все листы пусты.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} has no sheet &apos;{sheet}&apos;; its sheets are: {sheets}.</source>
        <translation>В {file} нет листа «{sheet}»; есть листы: {sheets}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} is a ZIP archive but not an Excel workbook (.xlsx).</source>
        <translation>{file} — ZIP-архив, но не книга Excel (.xlsx).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} is a folder, not a price list file.</source>
        <translation>{file} — это папка, а не файл прайс-листа.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} is damaged: sheet &apos;{sheet}&apos; can&apos;t be read ({reason}).</source>
        <translation>Файл {file} повреждён: не удалось прочитать лист «{sheet}» ({reason}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} is not a spreadsheet: expected an Excel workbook (.xlsx) or a CSV file.</source>
        <translation>{file} — не электронная таблица: ожидается книга Excel (.xlsx) или файл CSV.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} is not an .xlsx workbook but an OLE compound file: either a password-protected workbook or an old Excel 97-2003 .xls file. Remove the password, or open it in Excel and save it as .xlsx, then import it again.</source>
        <translation>{file} — не книга .xlsx, а составной файл OLE: это либо книга, защищённая паролем, либо старый файл Excel 97-2003 (.xls). Снимите пароль или откройте файл в Excel и сохраните его в формате .xlsx, затем загрузите снова.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{location} is not a bin: stock can only be kept in bins and quarantine.</source>
        <translation>{location} — не ячейка: товар можно хранить только в ячейках и в карантине.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{option} must be between {minimum} and {maximum}.</source>
        <translation>{option}: значение должно быть от {minimum} до {maximum}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} has no ID column in its first row; import a sheet made by &apos;Export to Excel&apos; (the ID and Version columns are hidden there).</source>
        <translation>В первой строке {path} нет столбца ID; загрузите лист, созданный командой «Выгрузить в Excel» (столбцы ID и «Версия» в нём скрыты).</translation>
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
        <source>{sku} has no weight, so charges can&apos;t be spread by weight; enter its weight or spread by value.</source>
        <translation>У {sku} не указан вес, поэтому распределить расходы по весу нельзя; укажите вес товара или распределите расходы по стоимости.</translation>
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
        <source>{sku} is {percent}% complete for the {channel}; publishing there needs {threshold}%. Missing: {missing}.</source>
        <translation>Карточка {sku} заполнена на {percent}% для канала «{channel}»; для публикации там нужно {threshold}%. Не хватает: {missing}.</translation>
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
        <source>{sku}: {received} already received; the ordered quantity can&apos;t be less ({quantity}).</source>
        <translation>{sku}: уже принято {received}; заказанное количество не может быть меньше ({quantity}).</translation>
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
    <message>
        <location line="+2"/>
        <source>{what} is not a CommerceML document (no КоммерческаяИнформация element); it begins: {start}</source>
        <translation>{what}: это не документ CommerceML (нет элемента КоммерческаяИнформация); начало: {start}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{what} is not well-formed XML ({reason}); it begins: {start}</source>
        <translation>{what}: некорректный XML ({reason}); начало: {start}</translation>
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
        <location line="+26"/>
        <source>Something went wrong and nothing was saved: {0}</source>
        <translation>Произошла ошибка, ничего не сохранено: {0}</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../ui/purchasing/order_actions.py" line="-123"/>
        <source>Order as PDF</source>
        <translation>Заказ в PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order as Excel</source>
        <translation>Заказ в Excel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send by e-mail…</source>
        <translation>Отправить по эл. почте…</translation>
    </message>
</context>
</TS>
