"""Choosing a category from the tree: a field showing the path and a popup tree with a filter."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ....services.catalog import CategoryChoice

ID_ROLE = Qt.ItemDataRole.UserRole


class CategoryPopup(QFrame):
    chosen = Signal(object)  # category id or None

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setObjectName("category_popup")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.filter = QLineEdit()
        self.filter.setObjectName("category_filter")
        self.filter.setPlaceholderText(self.tr("Find a category"))
        self.filter.setClearButtonEnabled(True)
        self.tree = QTreeWidget()
        self.tree.setObjectName("category_tree")
        self.tree.setHeaderHidden(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.filter)
        layout.addWidget(self.tree)
        self.filter.textChanged.connect(self._filter)
        self.tree.itemActivated.connect(self._pick)
        self.tree.itemClicked.connect(self._pick)

    def fill(self, choices: list[CategoryChoice], current: int | None) -> None:
        self.tree.clear()
        none = QTreeWidgetItem([self.tr("(no category)")])
        none.setData(0, ID_ROLE, None)
        self.tree.addTopLevelItem(none)
        stack: list[QTreeWidgetItem] = []
        for choice in choices:
            item = QTreeWidgetItem([choice.name])
            item.setData(0, ID_ROLE, choice.id)
            del stack[choice.depth:]
            if stack:
                stack[-1].addChild(item)
            else:
                self.tree.addTopLevelItem(item)
            stack.append(item)
            if choice.id == current:
                self.tree.setCurrentItem(item)
        self.tree.expandAll()

    def _filter(self, text: str) -> None:
        needle = text.strip().casefold()

        def walk(item: QTreeWidgetItem) -> bool:
            visible_child = any([walk(item.child(i)) for i in range(item.childCount())])
            visible = not needle or needle in item.text(0).casefold() or visible_child
            item.setHidden(not visible)
            return visible

        for i in range(self.tree.topLevelItemCount()):
            walk(self.tree.topLevelItem(i))

    def _pick(self, item: QTreeWidgetItem) -> None:
        self.chosen.emit(item.data(0, ID_ROLE))
        self.close()


class CategoryPicker(QWidget):
    """Shows "Бытовая техника › Чайники"; the button opens the tree."""

    chosen = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choices: list[CategoryChoice] = []
        self.paths: dict[int, str] = {}
        self.current: int | None = None
        self.path = QLineEdit()
        self.path.setObjectName("card_category")
        self.path.setReadOnly(True)
        self.button = QToolButton()
        self.button.setObjectName("card_category_choose")
        self.button.setText(self.tr("Choose…"))
        self.popup = CategoryPopup(self)
        self.popup.chosen.connect(self.chosen)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.path, 1)
        layout.addWidget(self.button)
        self.button.clicked.connect(self.open_tree)

    def set_choices(self, choices: list[CategoryChoice]) -> None:
        self.choices = choices
        chain: list[str] = []
        for choice in choices:
            del chain[choice.depth:]
            chain.append(choice.name)
            self.paths[choice.id] = " › ".join(chain)

    def set_category(self, category_id: int | None) -> None:
        self.current = category_id
        self.path.setText(self.paths.get(category_id, "") if category_id is not None else "")
        self.path.setPlaceholderText(self.tr("(no category)"))

    def open_tree(self) -> None:
        self.popup.fill(self.choices, self.current)
        self.popup.filter.clear()
        self.popup.resize(max(self.width(), 320), 360)
        self.popup.move(self.mapToGlobal(self.rect().bottomLeft()))
        self.popup.show()
        self.popup.filter.setFocus()
