#include "formparts.h"

#include "domain/labels.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace habilis {

namespace {

/// Translation context of the free functions of this file.
class FormParts {
    Q_DECLARE_TR_FUNCTIONS(FormParts)
public:
    static QString tooLong(const QString &value, int max)
    {
        return tr("\"%1\" is too long (%2 characters, at most %3).")
            .arg(value.size() > 40 ? value.left(40) + QStringLiteral("…") : value)
            .arg(value.size())
            .arg(max);
    }
};

// The tint of a wrong cell, readable in light and dark themes alike.
const QColor kProblemBackground(0xfd, 0xec, 0xea);
const QColor kProblemText(0x7f, 0x1d, 0x1d);
const QColor kFailureText(0xb7, 0x1c, 0x1c);
constexpr int kMaxProblemLines = 5;
// Up to this many things missing are told in full; more are only named.
constexpr int kMaxFullMissing = 2;

// NF Z10-011: 38 characters a line; line 6 holds the postcode and a space (and " CEDEX").
constexpr int kAddressLine = 38;
constexpr int kPersonName = 80;
constexpr int kLongText = 120;

/// One choice of a choice cell: what the list shows, the value stored, what the cell shows.
struct Choice {
    QString menuText;
    QString value;
    QString cellText;
};

/// Edits a cell with a combo box of fixed choices; the cell keeps the value (a code) and shows
/// its short text.
class ChoiceDelegate : public QStyledItemDelegate {
public:
    ChoiceDelegate(QList<Choice> choices, const QString &accessibleName, QObject *parent)
        : QStyledItemDelegate(parent)
        , m_choices(std::move(choices))
        , m_accessibleName(accessibleName)
    {}

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &,
                          const QModelIndex &) const override
    {
        auto *combo = new QComboBox(parent);
        combo->setAccessibleName(m_accessibleName);
        for (const Choice &c : m_choices)
            combo->addItem(c.menuText, c.value);
        // A choice made is a choice committed: the cell must not wait for the focus to leave.
        auto *self = const_cast<ChoiceDelegate *>(this);
        connect(combo, &QComboBox::activated, self, [self, combo] {
            emit self->commitData(combo);
            emit self->closeEditor(combo);
        });
        return combo;
    }

    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        auto *combo = static_cast<QComboBox *>(editor);
        const QString value = index.data(Qt::EditRole).toString();
        int i = combo->findData(value);
        if (i < 0 && !value.isEmpty()) {
            // An unknown code (from a draft) stays until the officer picks another.
            combo->addItem(value, value);
            i = combo->count() - 1;
        }
        combo->setCurrentIndex(std::max(i, 0));
    }

    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override
    {
        auto *combo = static_cast<QComboBox *>(editor);
        model->setData(index, combo->currentData().toString(), Qt::EditRole);
    }

    QString displayText(const QVariant &value, const QLocale &locale) const override
    {
        const QString v = value.toString();
        for (const Choice &c : m_choices) {
            if (c.value.compare(v, Qt::CaseInsensitive) == 0)
                return c.cellText;
        }
        return QStyledItemDelegate::displayText(value, locale);
    }

private:
    QList<Choice> m_choices;
    QString m_accessibleName;
};

QLineEdit *lineEdit(const QString &name, QWidget *parent)
{
    auto *e = new QLineEdit(parent);
    e->setObjectName(name);
    return e;
}

void fillCivilities(QComboBox *combo)
{
    combo->addItem(QStringLiteral("—"), Labels::code(Civility::None));
    for (Civility c : {Civility::Madame, Civility::Monsieur})
        combo->addItem(Labels::display(c), Labels::code(c));
}

} // namespace

void setFieldProblem(QWidget *field, const QString &problem)
{
    const bool invalid = !problem.isEmpty();
    if (field->property("invalid").toBool() == invalid && field->toolTip() == problem)
        return;
    field->setProperty("invalid", invalid);
    field->setToolTip(problem);
    field->setAccessibleDescription(problem);
    // A dynamic property only restyles once the widget is polished again.
    field->style()->unpolish(field);
    field->style()->polish(field);
    field->update();
}

QString fieldProblemStyleSheet()
{
    return QStringLiteral("QLineEdit[invalid=\"true\"], QDateEdit[invalid=\"true\"] {"
                          " border: 1px solid #c62828; border-radius: 2px; padding: 1px 2px;"
                          " background-color: #fdecea; color: #7f1d1d; }");
}

void showProblems(QLabel *label, const QList<FieldError> &errors, const QString &failure)
{
    label->setTextFormat(Qt::PlainText); // values typed are never markup
    label->setWordWrap(true);
    QPalette palette = label->palette();
    const QPalette normal = label->parentWidget() ? label->parentWidget()->palette() : palette;
    if (!failure.isEmpty()) {
        palette.setColor(QPalette::WindowText, kFailureText);
        label->setPalette(palette);
        label->setProperty("problem", QStringLiteral("failure"));
        label->setText(failure);
        label->setToolTip(QString());
        label->setVisible(true);
        return;
    }
    // What was typed wrong matters more than what is not typed yet.
    QList<FieldError> wrong, missing;
    for (const FieldError &e : errors)
        (e.value.isEmpty() ? missing : wrong) << e;
    QStringList lines;
    if (!wrong.isEmpty() || missing.size() <= kMaxFullMissing) {
        const QList<FieldError> &shown = wrong.isEmpty() ? missing : wrong;
        for (int i = 0; i < std::min<int>(int(shown.size()), kMaxProblemLines); ++i)
            lines << shown.at(i).toString();
        if (shown.size() > kMaxProblemLines)
            lines << FormParts::tr("… and %n more.", nullptr, int(shown.size()) - kMaxProblemLines);
    } else {
        // A form just begun: one line naming what is left, not a page of "required".
        QStringList fields;
        for (int i = 0; i < std::min<int>(int(missing.size()), kMaxProblemLines); ++i)
            fields << missing.at(i).field;
        QString list = fields.join(QStringLiteral("; "));
        list += missing.size() > kMaxProblemLines ? QStringLiteral("; …") : QStringLiteral(".");
        lines << FormParts::tr("Still to fill in: %1").arg(list);
    }
    palette.setColor(QPalette::WindowText,
                     wrong.isEmpty() ? normal.color(QPalette::WindowText) : kFailureText);
    label->setProperty("problem", !wrong.isEmpty()     ? QStringLiteral("wrong")
                                  : !missing.isEmpty() ? QStringLiteral("missing")
                                                       : QString());
    label->setPalette(palette);
    label->setText(lines.join(QLatin1Char('\n')));
    label->setToolTip(joinErrors(errors)); // every problem, in full
    label->setVisible(!lines.isEmpty());
}

QLabel *addFormRow(QFormLayout *form, const QString &label, QWidget *field)
{
    auto *l = new QLabel(label);
    l->setBuddy(field);
    QString plain = label;
    plain.remove(QLatin1Char('&'));
    while (!plain.isEmpty() && (plain.endsWith(QLatin1Char(':')) || plain.back().isSpace()))
        plain.chop(1);
    if (field->accessibleName().isEmpty())
        field->setAccessibleName(plain);
    form->addRow(l, field);
    return l;
}

// --- RepresentativeForm

RepresentativeForm::RepresentativeForm(const QString &prefix, QWidget *parent)
    : QWidget(parent)
    , m_civility(new QComboBox(this))
    , m_firstName(lineEdit(prefix + QStringLiteral("FirstNameLineEdit"), this))
    , m_lastName(lineEdit(prefix + QStringLiteral("LastNameLineEdit"), this))
    , m_title(lineEdit(prefix + QStringLiteral("TitleLineEdit"), this))
{
    m_civility->setObjectName(prefix + QStringLiteral("CivilityComboBox"));
    fillCivilities(m_civility);
    m_title->setPlaceholderText(tr("Mayor, President, Director…"));
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    addFormRow(form, tr("Ci&vility:"), m_civility);
    addFormRow(form, tr("First na&me:"), m_firstName);
    addFormRow(form, tr("&Last name:"), m_lastName);
    addFormRow(form, tr("&Title:"), m_title);
    connect(m_civility, &QComboBox::currentIndexChanged, this, &RepresentativeForm::edited);
    for (QLineEdit *e : {m_firstName, m_lastName, m_title})
        connect(e, &QLineEdit::textChanged, this, &RepresentativeForm::edited);
}

void RepresentativeForm::setRepresentative(const Representative &r)
{
    m_civility->setCurrentIndex(std::max(0, m_civility->findData(Labels::code(r.civility))));
    m_firstName->setText(r.firstName);
    m_lastName->setText(r.lastName);
    m_title->setText(r.title);
}

Representative RepresentativeForm::representative() const
{
    Representative r;
    r.civility =
        Labels::civilityFromCode(m_civility->currentData().toString()).value_or(Civility::None);
    r.firstName = m_firstName->text().trimmed();
    r.lastName = m_lastName->text().trimmed();
    r.title = m_title->text().trimmed();
    return r;
}

bool RepresentativeForm::isEmpty() const
{
    return representative() == Representative();
}

// --- AddressForm

AddressForm::AddressForm(const QString &prefix, QWidget *parent)
    : QWidget(parent)
    , m_recipient(lineEdit(prefix + QStringLiteral("RecipientLineEdit"), this))
    , m_building(lineEdit(prefix + QStringLiteral("BuildingLineEdit"), this))
    , m_street(lineEdit(prefix + QStringLiteral("StreetLineEdit"), this))
    , m_poBox(lineEdit(prefix + QStringLiteral("PoBoxLineEdit"), this))
    , m_postcode(lineEdit(prefix + QStringLiteral("PostcodeLineEdit"), this))
    , m_town(lineEdit(prefix + QStringLiteral("TownLineEdit"), this))
    , m_cedex(new QCheckBox(tr("CE&DEX"), this))
{
    m_cedex->setObjectName(prefix + QStringLiteral("CedexCheckBox"));
    m_cedex->setToolTip(tr("The postcode is a CEDEX code: line 6 ends with CEDEX."));
    m_recipient->setPlaceholderText(tr("Person or service (optional)"));
    m_building->setPlaceholderText(tr("Building, floor, residence (optional)"));
    m_street->setPlaceholderText(tr("Number and street"));
    m_poBox->setPlaceholderText(tr("BP, CS, TSA or lieu-dit (optional)"));
    m_postcode->setPlaceholderText(QStringLiteral("82200"));
    m_postcode->setInputMethodHints(Qt::ImhDigitsOnly);
    // Five digits and the town fit on line 6 side by side.
    m_postcode->setFixedWidth(m_postcode->fontMetrics().horizontalAdvance(u'0') * 8 + 16);
    m_town->setMinimumWidth(m_town->fontMetrics().averageCharWidth() * 16);
    // Line 6: the postcode, the town and CEDEX side by side, in a layout so that they stay
    // children of the form in the order of the tab chain.
    auto *line6 = new QHBoxLayout;
    line6->addWidget(m_postcode);
    line6->addWidget(m_town, 1);
    line6->addWidget(m_cedex);

    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    addFormRow(form, tr("&Recipient:"), m_recipient);
    addFormRow(form, tr("&Building:"), m_building);
    addFormRow(form, tr("&Street:"), m_street);
    addFormRow(form, tr("&PO box:"), m_poBox);
    auto *line6Label = new QLabel(tr("Postcode and t&own:"), this);
    line6Label->setBuddy(m_postcode);
    form->addRow(line6Label, line6);
    m_postcode->setAccessibleName(tr("Postcode"));
    m_town->setAccessibleName(tr("Town"));

    for (QLineEdit *e : {m_recipient, m_building, m_street, m_poBox, m_postcode, m_town})
        connect(e, &QLineEdit::textChanged, this, &AddressForm::edited);
    connect(m_cedex, &QCheckBox::toggled, this, &AddressForm::edited);
}

void AddressForm::setAddress(const PostalAddress &a)
{
    m_recipient->setText(a.recipient);
    m_building->setText(a.building);
    m_street->setText(a.street);
    m_poBox->setText(a.poBox);
    m_postcode->setText(a.postcode);
    m_town->setText(a.town);
    m_cedex->setChecked(a.cedex);
}

PostalAddress AddressForm::address() const
{
    PostalAddress a;
    a.recipient = m_recipient->text().trimmed();
    a.building = m_building->text().trimmed();
    a.street = m_street->text().trimmed();
    a.poBox = m_poBox->text().trimmed();
    a.postcode = m_postcode->text().trimmed();
    a.town = m_town->text().trimmed();
    a.cedex = m_cedex->isChecked();
    return a;
}

bool AddressForm::isEmpty() const
{
    return address() == PostalAddress();
}

int AddressForm::markProblems()
{
    int count = 0;
    const auto mark = [&count](QLineEdit *e, const QString &problem) {
        setFieldProblem(e, problem);
        count += problem.isEmpty() ? 0 : 1;
    };
    const auto length = [](QLineEdit *e, int max) {
        const QString t = e->text().trimmed();
        return t.size() > max ? FormParts::tooLong(t, max) : QString();
    };
    for (QLineEdit *e : {m_recipient, m_building, m_street, m_poBox})
        mark(e, length(e, kAddressLine));
    const QString postcode = m_postcode->text().trimmed();
    mark(m_postcode, postcode.isEmpty() ? QString() : Validation::checkPostcode(postcode));
    mark(m_town, length(m_town, kAddressLine - 6 - (m_cedex->isChecked() ? 6 : 0)));
    return count;
}

void AddressForm::setTownPlaceholder(const QString &town)
{
    m_town->setPlaceholderText(town);
}

// --- AnnexTableEditor

AnnexTableEditor::AnnexTableEditor(const QString &name, const QStringList &headers,
                                   const QString &addText, const QString &removeText,
                                   QWidget *parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, int(headers.size()), this))
    , m_add(new QPushButton(addText, this))
    , m_remove(new QPushButton(removeText, this))
{
    m_table->setObjectName(name + QStringLiteral("Table"));
    m_add->setObjectName(name + QStringLiteral("AddButton"));
    m_remove->setObjectName(name + QStringLiteral("RemoveButton"));
    m_table->setHorizontalHeaderLabels(headers);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setHighlightSections(false);
    // Line numbers: the problems label names "person 2", "establishment 5".
    m_table->verticalHeader()->setVisible(true);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->setMinimumHeight(m_table->verticalHeader()->defaultSectionSize() * 5 +
                              m_table->horizontalHeader()->sizeHint().height() + 4);
    m_remove->setEnabled(false);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (m_updating)
            return;
        markRow(item->row());
        emit edited();
    });
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            [this] { m_remove->setEnabled(!m_table->selectedItems().isEmpty()); });
    connect(m_add, &QPushButton::clicked, this, [this] { addRow(); });
    connect(m_remove, &QPushButton::clicked, this, &AnnexTableEditor::removeSelectedRows);
}

int AnnexTableEditor::addRow()
{
    const int row = m_table->rowCount();
    m_updating = true;
    m_table->insertRow(row);
    fillEmptyRow(row);
    m_updating = false;
    markRow(row);
    QTableWidgetItem *first = m_table->item(row, firstEditColumn());
    m_table->setCurrentItem(first);
    m_table->scrollToItem(first);
    m_table->setFocus(Qt::OtherFocusReason);
    m_table->editItem(first);
    emit edited();
    return row;
}

void AnnexTableEditor::removeSelectedRows()
{
    QList<int> rows;
    for (const QTableWidgetItem *item : m_table->selectedItems())
        rows << item->row();
    if (rows.isEmpty() && m_table->currentRow() >= 0)
        rows << m_table->currentRow();
    std::sort(rows.begin(), rows.end(), std::greater<int>());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    if (rows.isEmpty())
        return;
    for (int row : std::as_const(rows))
        m_table->removeRow(row);
    emit edited();
}

bool AnnexTableEditor::isEmpty() const
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (!isRowEmpty(row))
            return false;
    }
    return true;
}

int AnnexTableEditor::invalidCells() const
{
    int count = 0;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        for (int column = 0; column < m_table->columnCount(); ++column) {
            if (const QTableWidgetItem *item = m_table->item(row, column);
                item && !item->data(InvalidRole).toString().isEmpty())
                ++count;
        }
    }
    return count;
}

QString AnnexTableEditor::text(int row, int column) const
{
    const QTableWidgetItem *item = m_table->item(row, column);
    return item ? item->text().trimmed() : QString();
}

bool AnnexTableEditor::isChecked(int row, int column) const
{
    const QTableWidgetItem *item = m_table->item(row, column);
    return item && item->checkState() == Qt::Checked;
}

void AnnexTableEditor::setText(int row, int column, const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    m_table->setItem(row, column, item);
}

void AnnexTableEditor::setCheckable(int row, int column, bool checked)
{
    auto *item = new QTableWidgetItem;
    item->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    m_table->setItem(row, column, item);
}

void AnnexTableEditor::resetRows(int count, const std::function<void(int)> &fill)
{
    m_updating = true;
    m_table->setRowCount(0);
    m_table->setRowCount(count);
    for (int row = 0; row < count; ++row) {
        fillEmptyRow(row);
        fill(row);
    }
    m_updating = false;
    for (int row = 0; row < count; ++row)
        markRow(row);
    emit edited();
}

void AnnexTableEditor::markRow(int row)
{
    const bool updating = m_updating;
    m_updating = true; // the marks are changes of the items too
    for (int column = 0; column < m_table->columnCount(); ++column) {
        QTableWidgetItem *item = m_table->item(row, column);
        if (!item)
            continue;
        const QString problem = checkCell(row, column);
        if (item->data(InvalidRole).toString() == problem)
            continue;
        item->setData(InvalidRole, problem.isEmpty() ? QVariant() : QVariant(problem));
        item->setToolTip(problem);
        item->setData(Qt::BackgroundRole,
                      problem.isEmpty() ? QVariant() : QVariant(QBrush(kProblemBackground)));
        item->setData(Qt::ForegroundRole,
                      problem.isEmpty() ? QVariant() : QVariant(QBrush(kProblemText)));
    }
    updateFlags(row);
    m_updating = updating;
}

// --- PersonTable

PersonTable::PersonTable(const QString &name, QWidget *parent)
    : AnnexTableEditor(
          name, {tr("Civility"), tr("Last name"), tr("First name"), tr("Job title"), tr("Email")},
          tr("&Add a person"), tr("Remo&ve the person"), parent)
{
    table()->setAccessibleName(tr("Persons"));
    QList<Choice> civilities;
    for (Civility c : {Civility::None, Civility::Madame, Civility::Monsieur}) {
        civilities << Choice{c == Civility::None ? QStringLiteral("—") : Labels::display(c),
                             Labels::code(c), Labels::shortDisplay(c)};
    }
    table()->setItemDelegateForColumn(CivilityColumn,
                                      new ChoiceDelegate(civilities, tr("Civility"), this));
    QHeaderView *header = table()->horizontalHeader();
    header->resizeSection(CivilityColumn, 70);
    header->resizeSection(LastNameColumn, 140);
    header->resizeSection(FirstNameColumn, 120);
    header->resizeSection(JobTitleColumn, 160);
    header->setStretchLastSection(true);
}

void PersonTable::setPersons(const QList<Person> &persons)
{
    resetRows(int(persons.size()), [this, &persons](int row) {
        const Person &p = persons.at(row);
        setText(row, CivilityColumn, Labels::code(p.civility));
        setText(row, LastNameColumn, p.lastName);
        setText(row, FirstNameColumn, p.firstName);
        setText(row, JobTitleColumn, p.jobTitle);
        setText(row, EmailColumn, p.email);
    });
}

QList<Person> PersonTable::persons() const
{
    QList<Person> list;
    for (int row = 0; row < table()->rowCount(); ++row) {
        if (isRowEmpty(row))
            continue;
        Person p;
        p.civility = Labels::civilityFromCode(text(row, CivilityColumn)).value_or(Civility::None);
        p.lastName = text(row, LastNameColumn);
        p.firstName = text(row, FirstNameColumn);
        p.jobTitle = text(row, JobTitleColumn);
        p.email = text(row, EmailColumn);
        list << p;
    }
    return list;
}

void PersonTable::fillEmptyRow(int row)
{
    for (int column = CivilityColumn; column <= EmailColumn; ++column)
        setText(row, column, QString());
}

bool PersonTable::isRowEmpty(int row) const
{
    for (int column = CivilityColumn; column <= EmailColumn; ++column) {
        if (!text(row, column).isEmpty())
            return false;
    }
    return true;
}

QString PersonTable::checkCell(int row, int column) const
{
    const QString value = text(row, column);
    if (value.isEmpty())
        return {};
    switch (column) {
    case CivilityColumn:
        return Labels::civilityFromCode(value) ? QString()
                                               : tr("\"%1\" is not a civility.").arg(value);
    case LastNameColumn:
    case FirstNameColumn:
        return value.size() > kPersonName ? FormParts::tooLong(value, kPersonName) : QString();
    case JobTitleColumn:
        return value.size() > kLongText ? FormParts::tooLong(value, kLongText) : QString();
    case EmailColumn:
        return Validation::checkEmail(value);
    default:
        return {};
    }
}

// --- EstablishmentTable

EstablishmentTable::EstablishmentTable(const QList<EstablishmentType> &types, const QString &name,
                                       QWidget *parent)
    : AnnexTableEditor(name,
                       {tr("Type"), tr("Establishment"), tr("Address"), tr("Postcode"), tr("Town"),
                        tr("monenfant.fr id"), tr("Functioning"), tr("Availability")},
                       tr("Add an &establishment"), tr("Remove the esta&blishment"), parent)
    , m_types(types)
{
    table()->setAccessibleName(tr("Establishments"));
    QList<Choice> choices;
    for (const EstablishmentType &t : std::as_const(m_types))
        choices << Choice{t.code + QStringLiteral(" — ") + t.label, t.code, t.code};
    table()->setItemDelegateForColumn(TypeColumn,
                                      new ChoiceDelegate(choices, tr("Establishment type"), this));
    QTableWidgetItem *functioning = table()->horizontalHeaderItem(FunctioningColumn);
    functioning->setToolTip(tr("May publish the functioning information on monenfant.fr"));
    QTableWidgetItem *availability = table()->horizontalHeaderItem(AvailabilityColumn);
    availability->setToolTip(tr("May publish the free places (EAJE only)"));
    QHeaderView *header = table()->horizontalHeader();
    header->resizeSection(TypeColumn, 70);
    header->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    header->resizeSection(AddressColumn, 180);
    header->resizeSection(PostcodeColumn, 80);
    header->resizeSection(TownColumn, 120);
    header->resizeSection(MonEnfantColumn, header->sectionSizeHint(MonEnfantColumn));
    header->resizeSection(FunctioningColumn, header->sectionSizeHint(FunctioningColumn));
    header->resizeSection(AvailabilityColumn, header->sectionSizeHint(AvailabilityColumn));
    table()->setMinimumWidth(760);
}

const EstablishmentType *EstablishmentTable::type(const QString &code) const
{
    const auto it = std::find_if(m_types.cbegin(), m_types.cend(), [&](const EstablishmentType &t) {
        return t.code.compare(code, Qt::CaseInsensitive) == 0;
    });
    return it == m_types.cend() ? nullptr : &*it;
}

void EstablishmentTable::setEstablishments(const QList<AnnexEstablishment> &establishments)
{
    resetRows(int(establishments.size()), [this, &establishments](int row) {
        const AnnexEstablishment &ae = establishments.at(row);
        const Establishment &e = ae.establishment;
        setText(row, TypeColumn, e.type);
        setText(row, NameColumn, e.name);
        setText(row, AddressColumn, e.address);
        setText(row, PostcodeColumn, e.postcode);
        setText(row, TownColumn, e.town);
        setText(row, MonEnfantColumn, e.monEnfantId);
        setCheckable(row, FunctioningColumn, ae.scope.functioning);
        setCheckable(row, AvailabilityColumn, ae.scope.availability);
    });
}

QList<AnnexEstablishment> EstablishmentTable::establishments() const
{
    QList<AnnexEstablishment> list;
    for (int row = 0; row < table()->rowCount(); ++row) {
        if (isRowEmpty(row))
            continue;
        AnnexEstablishment ae;
        Establishment &e = ae.establishment;
        e.type = text(row, TypeColumn).toUpper();
        e.name = text(row, NameColumn);
        e.address = text(row, AddressColumn);
        e.postcode = text(row, PostcodeColumn);
        e.town = text(row, TownColumn);
        e.monEnfantId = text(row, MonEnfantColumn);
        ae.scope.functioning = isChecked(row, FunctioningColumn);
        ae.scope.availability = isChecked(row, AvailabilityColumn);
        list << ae;
    }
    return list;
}

void EstablishmentTable::fillEmptyRow(int row)
{
    for (int column = TypeColumn; column <= MonEnfantColumn; ++column)
        setText(row, column, QString());
    // Every establishment of an annex publishes at least its functioning information.
    setCheckable(row, FunctioningColumn, true);
    setCheckable(row, AvailabilityColumn, false);
}

bool EstablishmentTable::isRowEmpty(int row) const
{
    for (int column = TypeColumn; column <= MonEnfantColumn; ++column) {
        if (!text(row, column).isEmpty())
            return false;
    }
    return true;
}

QString EstablishmentTable::checkCell(int row, int column) const
{
    const QString value = text(row, column);
    switch (column) {
    case TypeColumn: {
        if (value.isEmpty() || type(value))
            return {};
        QStringList codes;
        for (const EstablishmentType &t : m_types)
            codes << t.code;
        return tr("\"%1\" is not a known establishment type (known types: %2).")
            .arg(value, codes.join(QStringLiteral(", ")));
    }
    case NameColumn:
    case AddressColumn:
    case TownColumn:
        return value.size() > kLongText ? FormParts::tooLong(value, kLongText) : QString();
    case PostcodeColumn:
        return value.isEmpty() ? QString() : Validation::checkPostcode(value);
    case MonEnfantColumn:
        return Validation::checkMonEnfantId(value);
    case AvailabilityColumn: {
        const EstablishmentType *t = type(text(row, TypeColumn));
        if (isChecked(row, AvailabilityColumn) && t && !t->hasAvailability)
            return tr("availability is published only for EAJE; \"%1\" has none.").arg(t->code);
        return {};
    }
    default:
        return {};
    }
}

void EstablishmentTable::updateFlags(int row)
{
    QTableWidgetItem *item = table()->item(row, AvailabilityColumn);
    if (!item)
        return;
    const EstablishmentType *t = type(text(row, TypeColumn));
    // A tick refused stays tickable, so that the officer can take it back.
    const bool allowed = (t && t->hasAvailability) || item->checkState() == Qt::Checked;
    const Qt::ItemFlags flags =
        allowed ? Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable
                : Qt::ItemIsSelectable;
    if (item->flags() != flags)
        item->setFlags(flags);
    if (!allowed)
        item->setToolTip(
            t ? tr("The type %1 publishes no free places: only the EAJE do.").arg(t->code)
              : tr("Choose the type first: only the EAJE publish free places."));
    else if (item->data(InvalidRole).toString().isEmpty())
        item->setToolTip(QString());
}

} // namespace habilis
