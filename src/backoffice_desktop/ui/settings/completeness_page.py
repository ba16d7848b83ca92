"""What each sales channel demands of a product card, for all categories or one (admin).

Pick a channel and a category: the form shows the rule its products follow — the
category's own, a parent's, or the one for all categories — and saving makes it the
category's own. "Follow the parent's rule" removes the category's own rule. Below, the
category's attributes: ticking one makes the channel require it (saved at once) while the
other channels may leave it empty — a marketplace that demands more attributes.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from sqlalchemy.orm import Session

from ...services import attribute_sets, catalog, completeness
from ...services.completeness import Rule
from ...services.permissions import Actor
from ..catalog.completeness_text import channel_title
from ..context import AppContext
from ..messages import error_text
from ..operations import Changes
from .common import FORM_MAX_WIDTH, NOTE_STYLE, MessageLabel, page_layout


class CompletenessPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = page_layout(
            self, self.tr("Card completeness"),
            self.tr("What each sales channel demands of a product card. A category follows its own rule, "
                    "else its parent's, else the rule for all categories; the Catalog shows each product's "
                    "percentage and refuses to publish below the threshold."),
        )
        self.channel_combo = QComboBox()
        self.channel_combo.setObjectName("completeness_channel")
        self.category_combo = QComboBox()
        self.category_combo.setObjectName("completeness_category")
        self.category_combo.setMinimumWidth(260)
        pick = QHBoxLayout()
        pick.addWidget(QLabel(self.tr("Channel:")))
        pick.addWidget(self.channel_combo)
        pick.addSpacing(16)
        pick.addWidget(QLabel(self.tr("Category:")))
        pick.addWidget(self.category_combo)
        pick.addStretch(1)
        layout.addLayout(pick)

        self.source_label = QLabel()
        self.source_label.setObjectName("completeness_source")
        self.source_label.setStyleSheet(NOTE_STYLE)
        self.main_photo = QCheckBox(self.tr("A main photo"))
        self.min_photos = QSpinBox()
        self.min_photos.setRange(0, 50)
        self.min_photos.setObjectName("completeness_min_photos")
        self.min_chars = QSpinBox()
        self.min_chars.setRange(0, 20000)
        self.min_chars.setSingleStep(50)
        self.min_chars.setSuffix(self.tr(" characters"))
        self.attributes = QCheckBox(self.tr("The category's required attributes filled in"))
        self.seo = QCheckBox(self.tr("URL slug, meta title and meta description"))
        self.threshold = QSpinBox()
        self.threshold.setObjectName("completeness_threshold")
        self.threshold.setRange(0, 100)
        self.threshold.setSuffix(" %")
        for spin in (self.min_photos, self.min_chars, self.threshold):
            spin.setMaximumWidth(180)
        box = QGroupBox(self.tr("The card must have"))
        box.setMaximumWidth(FORM_MAX_WIDTH)
        form = QFormLayout(box)
        form.addRow(self.source_label)
        form.addRow(self.main_photo)
        form.addRow(self.tr("Photos, at least:"), self.min_photos)
        form.addRow(self.tr("Description, at least:"), self.min_chars)
        form.addRow(self.attributes)
        form.addRow(self.seo)
        form.addRow(self.tr("Publishing needs at least:"), self.threshold)
        layout.addWidget(box)

        self.save_button = QPushButton(self.tr("Save the rule"))
        self.save_button.setObjectName("completeness_save")
        self.save_button.clicked.connect(self.save)
        self.inherit_button = QPushButton(self.tr("Follow the parent's rule"))
        self.inherit_button.setObjectName("completeness_inherit")
        self.inherit_button.clicked.connect(self.inherit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.inherit_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

        self.message = MessageLabel()
        self.message.setObjectName("completeness_message")
        layout.addWidget(self.message)

        self.attr_box = QGroupBox(self.tr("Attributes this channel requires"))
        self.attr_box.setObjectName("completeness_attributes")
        self.attr_box.setMaximumWidth(FORM_MAX_WIDTH)
        self.attr_layout = QVBoxLayout(self.attr_box)
        self.attr_note = QLabel()
        self.attr_note.setObjectName("completeness_attributes_note")
        self.attr_note.setWordWrap(True)
        self.attr_note.setStyleSheet(NOTE_STYLE)
        self.attr_layout.addWidget(self.attr_note)
        #: The category's attributes by id; ticked: this channel requires it.
        self.attr_checks: dict[int, QCheckBox] = {}
        layout.addWidget(self.attr_box)
        layout.addStretch(1)

        self._fill_choices()
        self.channel_combo.currentIndexChanged.connect(self._picked)
        self.category_combo.currentIndexChanged.connect(self._picked)
        self.show_rule()

    def _picked(self) -> None:
        self.message.clear_message()
        self.show_rule()

    def _fill_choices(self) -> None:
        with self.ctx.read() as session:
            channels = completeness.channels(session)
            self.categories = catalog.list_categories(session)
        self.channel_combo.clear()
        for channel in channels:
            self.channel_combo.addItem(channel_title(channel), channel)
        self.category_combo.clear()
        self.category_combo.addItem(self.tr("All categories"), None)
        for choice in self.categories:
            self.category_combo.addItem("    " * (choice.depth + 1) + choice.name, choice.id)

    def _category_name(self, category_id: int | None) -> str:
        return next((c.name for c in self.categories if c.id == category_id), "")

    def show_rule(self) -> None:
        channel, category_id = self.channel_combo.currentData(), self.category_combo.currentData()
        if channel is None:
            return
        with self.ctx.read() as session:
            rule = completeness.effective_rule(session, channel, category_id)
            saved = {r.category_id for r in completeness.list_rules(session, channel, include_default=False)}
        own = rule.category_id == category_id
        if category_id is None:
            text = self.tr("The rule for all categories.") if None in saved else self.tr(
                "The built-in rule for all categories (not changed yet).")
        elif own:
            text = self.tr("This category's own rule.")
        elif rule.category_id is None:
            text = self.tr("Follows the rule for all categories; saving gives the category its own.")
        else:
            text = self.tr("Follows the rule of “{0}”; saving gives the category its own.").format(
                self._category_name(rule.category_id))
        self.source_label.setText(text)
        self.main_photo.setChecked(rule.require_main_photo)
        self.min_photos.setValue(rule.min_photos)
        self.min_chars.setValue(rule.min_description_chars)
        self.attributes.setChecked(rule.require_attributes)
        self.seo.setChecked(rule.require_seo)
        self.threshold.setValue(rule.publish_threshold)
        self.inherit_button.setEnabled(own and (category_id is not None or None in saved))
        self.inherit_button.setText(self.tr("Follow the parent's rule") if category_id is not None
                                    else self.tr("Back to the built-in rule"))
        self.show_attributes(rule.require_attributes)

    def show_attributes(self, checked: bool) -> None:
        """The picked category's attributes, ticked where the channel requires them;
        ``checked``: whether the rule the category follows checks attributes at all."""
        channel, category_id = self.channel_combo.currentData(), self.category_combo.currentData()
        for check in self.attr_checks.values():
            self.attr_layout.removeWidget(check)
            check.setParent(None)
            check.deleteLater()
        self.attr_checks.clear()
        if category_id is None:
            self.attr_note.setText(self.tr("Pick a category to choose which of its attributes this channel "
                                           "requires."))
            return
        with self.ctx.read() as session:
            rows = attribute_sets.list_attributes(session, category_id)
        if not rows:
            self.attr_note.setText(self.tr("This category has no attributes; the Catalog's “Attributes of this "
                                           "category…” adds them."))
            return
        note = self.tr("Ticked attributes must be filled in for this channel. Those required on every channel "
                       "are changed in the category's attribute set.")
        if not checked:
            note += " " + self.tr("The rule above doesn't check attributes now: the ticks count once “The "
                                  "category's required attributes filled in” is saved on.")
        self.attr_note.setText(note)
        for row in rows:
            text = row.name if not row.inherited else self.tr("{0} (from {1})").format(row.name, row.category_name)
            if row.required:
                text = self.tr("{0} — every channel").format(text)
            check = QCheckBox(text)
            check.setObjectName(f"completeness_attribute_{row.id}")
            check.setChecked(row.required or channel in row.required_for)
            check.setEnabled(not row.required)
            check.clicked.connect(lambda ticked, attribute_id=row.id, name=row.name:
                                  self.require_attribute(attribute_id, name, ticked))
            self.attr_layout.addWidget(check)
            self.attr_checks[row.id] = check

    def require_attribute(self, attribute_id: int, name: str, required: bool) -> None:
        channel = self.channel_combo.currentData()
        done = self.tr("Saved: {0} requires “{1}”.") if required else self.tr("Saved: {0} no longer requires “{1}”.")
        self._write(lambda s, a: attribute_sets.set_required_for_channel(s, a, attribute_id, channel, required),
                    done.format(channel_title(channel), name))

    def current_rule(self) -> Rule:
        return Rule(
            channel=self.channel_combo.currentData(),
            category_id=self.category_combo.currentData(),
            require_main_photo=self.main_photo.isChecked(),
            min_photos=self.min_photos.value(),
            min_description_chars=self.min_chars.value(),
            require_attributes=self.attributes.isChecked(),
            require_seo=self.seo.isChecked(),
            publish_threshold=self.threshold.value(),
        )

    def save(self) -> None:
        rule = self.current_rule()
        self._write(lambda s, a: completeness.save_rule(s, a, rule), self.tr("Saved."))

    def inherit(self) -> None:
        channel, category_id = self.channel_combo.currentData(), self.category_combo.currentData()
        self._write(lambda s, a: completeness.delete_rule(s, a, channel, category_id),
                    self.tr("The category follows its parent's rule again."))

    def _write(self, func: Callable[[Session, Actor], object], done_text: str) -> None:
        def done(_result: object) -> None:
            self.show_rule()
            self.message.show_success(done_text)

        def failed(exc: BaseException) -> None:
            self.show_rule()  # the boxes as they are in the store
            self.message.show_error(error_text(exc))

        self.ctx.write(func, Changes(settings=True, products=True), on_success=done, on_failure=failed)

    def refresh(self, changes: Changes) -> None:
        """Categories come and go with product edits: keep the lists current."""
        if changes.products:
            combos = (self.channel_combo, self.category_combo)
            current = [combo.currentData() for combo in combos]
            for combo in combos:
                combo.blockSignals(True)
            self._fill_choices()
            for combo, data in zip(combos, current):
                combo.setCurrentIndex(max(combo.findData(data), 0))
                combo.blockSignals(False)
            self.show_rule()
