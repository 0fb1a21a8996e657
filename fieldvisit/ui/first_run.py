"""First run: who uses this computer (collector or supervisor) and their name, the country and
rule set, time zone and language; creates the workspace's identity and keys, or opens the demo
workspace instead to look around first."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup, QComboBox, QFormLayout, QLabel, QLineEdit, QRadioButton, QVBoxLayout, QWizard, QWizardPage,
)

from fieldvisit.ui.writes import write

#: Time zones offered first (the list accepts any IANA name typed in).
COMMON_ZONES = ("Europe/Madrid", "Asia/Shanghai", "America/Mexico_City", "America/Bogota", "America/Lima",
                "America/Santiago", "America/Argentina/Buenos_Aires", "America/New_York", "America/Los_Angeles",
                "Asia/Hong_Kong", "Asia/Taipei", "Asia/Singapore", "Europe/London", "UTC")


#: The zone a country's office most likely keeps, when the computer's zone is not in that country.
_ZONES = {"ES": "Europe/Madrid", "CN": "Asia/Shanghai", "US": "America/New_York", "GB": "Europe/London",
          "IN": "Asia/Kolkata", "MX": "America/Mexico_City", "CO": "America/Bogota", "PE": "America/Lima",
          "CL": "America/Santiago", "AR": "America/Argentina/Buenos_Aires", "HK": "Asia/Hong_Kong",
          "TW": "Asia/Taipei", "SG": "Asia/Singapore", "BR": "America/Sao_Paulo", "PT": "Europe/Lisbon",
          "FR": "Europe/Paris", "DE": "Europe/Berlin", "IT": "Europe/Rome"}


class FirstRunWizard(QWizard):
    def __init__(self, app, parent=None) -> None:
        super().__init__(parent)
        from fieldvisit.adapters.i18n import LANGUAGES, current

        self.app = app
        self.use_demo: str | bool = False  # "office" or "collector" when a demo was chosen
        self.identity = None  # once created
        self.setWindowTitle(self.tr("Welcome to FieldVisit"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)

        who = QWizardPage()
        who.setTitle(self.tr("Who uses this computer?"))
        who.setSubTitle(self.tr("FieldVisit plans the day's visits, prepares each one and records what happened, "
                                "offline. Reports travel to the office signed and encrypted."))
        self.collector = QRadioButton(self.tr("A collector: I visit customers and record the visits"))
        self.supervisor = QRadioButton(self.tr("A supervisor: I hand out work and review the visits"))
        self.collector.setChecked(True)
        self.role_group = QButtonGroup(self)
        self.role_group.addButton(self.collector)
        self.role_group.addButton(self.supervisor)
        self.name = QLineEdit(placeholderText=self.tr("Your full name, or the office's name"))
        self.demo = QRadioButton(self.tr("Just look around: open the demo workspace (nothing is set up)"))
        self.demo_collector = QRadioButton(self.tr("Look around as a collector: a demo laptop with an assignment "
                                                   "pack from a demo office"))
        self.role_group.addButton(self.demo)
        self.role_group.addButton(self.demo_collector)
        box = QVBoxLayout(who)
        for w in (self.collector, self.supervisor, self.demo, self.demo_collector):
            box.addWidget(w)
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        box.addLayout(form)
        who.isComplete = lambda: self._demo_choice() is not None or bool(self.name.text().strip())
        self.name.textChanged.connect(who.completeChanged)
        for button in (self.collector, self.supervisor, self.demo, self.demo_collector):
            button.toggled.connect(who.completeChanged)
        self.addPage(who)

        where = QWizardPage()
        where.setTitle(self.tr("Where do you work?"))
        where.setSubTitle(self.tr("The country chooses the conduct rules (contact hours, visit caps); the time zone "
                                  "is used for cases that do not say theirs."))
        rules = app.rules()
        self.country = QComboBox()
        self.country.addItem(self.tr("Choose the country…"), None)  # nothing pretends to know
        for code, name, rule_name in country_choices(rules):  # every country with public-holiday data
            self.country.addItem(self.tr("{code} — {name} — {rules}").format(code=code, name=name, rules=rule_name),
                                 code)
        self.country.addItem(self.tr("Other (default rules)"), "")
        guessed = _system_country()  # the computer's zone or locale, when they name a country
        if guessed:
            self.country.setCurrentIndex(self.country.findData(guessed))
        self.timezone = QComboBox(editable=True)
        zone = app.default_timezone
        self.timezone.addItems([zone] + [z for z in COMMON_ZONES if z != zone])
        self.language = QComboBox()
        self.language.addItem(self.tr("Follow the system"), "")
        for code, label in LANGUAGES.items():
            self.language.addItem(label, code)
        self.language.setCurrentIndex(max(self.language.findData(current()), 0))
        self.currency = QLineEdit(maxLength=3, placeholderText=self.tr("e.g. EUR, CNY, MXN"))
        self.error = QLabel()
        self.error.setStyleSheet("color: #c62828")
        self.error.setWordWrap(True)
        f2 = QFormLayout(where)
        f2.addRow(self.tr("Country and rules"), self.country)
        f2.addRow(self.tr("Currency"), self.currency)
        f2.addRow(self.tr("Time zone"), self.timezone)
        f2.addRow(self.tr("Language"), self.language)
        f2.addRow(self.error)
        where.isComplete = lambda: self.country.currentData() is not None  # "Other" is a choice too
        self.where_page = self.addPage(where)
        self.country.currentIndexChanged.connect(self._guess)
        self.country.currentIndexChanged.connect(where.completeChanged)
        self._guess()

    def _guess(self) -> None:
        from fieldvisit.bootstrap import system_timezone
        from fieldvisit.domain.conventions import country_currency
        from fieldvisit.domain.countries import system_country

        code = self.country.currentData() or ""
        currency = country_currency(code)
        # the computer's own zone when it is in that country (Canary Islands, Chicago), else the capital's
        zone = system_timezone() if code and system_country(system_timezone()) == code else _ZONES.get(code, "")
        if currency:
            self.currency.setText(currency)
        if zone:
            self.timezone.setCurrentText(zone)

    def _demo_choice(self) -> str | None:
        """``"office"`` or ``"collector"`` when a demo is chosen, else None."""
        return "office" if self.demo.isChecked() else "collector" if self.demo_collector.isChecked() else None

    def nextId(self) -> int:  # noqa: N802 - Qt API
        if self.currentId() == 0 and self._demo_choice():
            return -1
        return super().nextId()

    def validateCurrentPage(self) -> bool:  # noqa: N802 - Qt API
        if self.currentId() == 0 and self._demo_choice():
            self.use_demo = self._demo_choice()
            return True
        if self.currentId() != self.where_page or self.identity is not None:
            return True
        self.create()
        return False  # the wizard finishes once the identity is saved (in the background)

    def create(self):
        """Save the settings and create this workspace's identity in the background; the wizard
        finishes when they are saved, or shows why not and stays open. Returns the pending write."""
        from fieldvisit.adapters import crypto

        role = "supervisor" if self.supervisor.isChecked() else "collector"
        chosen = {"country": self.country.currentData() or "", "currency": self.currency.text().strip(),
                  "timezone": self.timezone.currentText().strip(), "language": self.language.currentData() or ""}
        self.button(QWizard.WizardButton.FinishButton).setEnabled(False)
        self.error.setText("")
        return write(self, _create, self.app, crypto, chosen, role, self.name.text(), done=self._created,
                     failed=self._not_created)

    def _created(self, identity) -> None:
        self.identity = identity
        self.button(QWizard.WizardButton.FinishButton).setEnabled(True)
        self.accept()

    def _not_created(self, message: str) -> None:
        self.button(QWizard.WizardButton.FinishButton).setEnabled(True)
        self.error.setText(message)


def country_choices(rules) -> list[tuple[str, str, str]]:
    """``[(code, English name, rule set name)]`` for every country the ``holidays`` package knows
    (the rule set each gets: its own, the EU's, or the default rules), plus any country that has a
    rule set of its own; sorted by code."""
    from fieldvisit.adapters.holiday_calendar import supported_countries

    countries = dict(supported_countries())
    for code in rules.sets:
        if code != rules.default and len(code) == 2:
            countries.setdefault(code, code)
    return [(code, name, rules.for_country(code).name) for code, name in sorted(countries.items())]


def _system_country() -> str:
    """The country this computer's time zone, else its locale, names ("" for UTC and ``C``)."""
    from fieldvisit.bootstrap import system_locale, system_timezone
    from fieldvisit.domain.countries import system_country

    return system_country(system_timezone(), system_locale())


def _create(app, crypto, chosen: dict, role: str, name: str):
    """Runs on the write queue: the settings chosen, then the identity (returned)."""
    from fieldvisit.services.identities import init_identity
    from fieldvisit.services.settings import load_settings, save_settings

    save_settings(app.uow(), {**load_settings(app.uow()), **chosen})
    return init_identity(app.uow(), crypto, role=role, name=name)


def needs_first_run(app) -> bool:
    with app.uow() as uow:
        return uow.keys.identity() is None and uow.cases.count() == 0 and not uow.settings.get("first_run_done")
