#pragma once

#include "domain/types.h"
#include "domain/validation.h"

#include <QWidget>

#include <functional>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class QTableWidgetItem;

namespace habilis {

// The parts the request and amendment dialogs share: how a wrong field is shown, the problems
// label, the representative and address forms, and the tables of Annex 1.

/// Shows (or clears, with an empty `problem`) what is wrong with a field: a red frame from
/// fieldProblemStyleSheet(), the reason as tooltip and accessible description, and the
/// property "invalid" that tests read.
void setFieldProblem(QWidget *field, const QString &problem);
/// The style of the fields marked by setFieldProblem(), for a dialog's style sheet.
QString fieldProblemStyleSheet();

/// Fills a dialog's problems label: the values typed wrong first (in red), otherwise what is
/// still missing; at most a few lines. `failure`, when set, is shown instead (a refusal).
void showProblems(QLabel *label, const QList<FieldError> &errors, const QString &failure = {});

/// Adds a row to a form with a label that is the field's buddy and accessible name.
QLabel *addFormRow(QFormLayout *form, const QString &label, QWidget *field);

/// Civility, first name, last name and title of whoever signs for a provider.
/// Object names: <prefix>CivilityComboBox, <prefix>FirstNameLineEdit, <prefix>LastNameLineEdit,
/// <prefix>TitleLineEdit.
class RepresentativeForm : public QWidget {
    Q_OBJECT
public:
    explicit RepresentativeForm(const QString &prefix, QWidget *parent = nullptr);

    void setRepresentative(const Representative &r);
    Representative representative() const; ///< trimmed
    bool isEmpty() const;

signals:
    void edited();

private:
    QComboBox *m_civility;
    QLineEdit *m_firstName;
    QLineEdit *m_lastName;
    QLineEdit *m_title;
};

/// The lines 2 to 6 of a French postal address (NF Z10-011), each checked as it is typed.
/// Object names: <prefix>RecipientLineEdit, <prefix>BuildingLineEdit, <prefix>StreetLineEdit,
/// <prefix>PoBoxLineEdit, <prefix>PostcodeLineEdit, <prefix>TownLineEdit, <prefix>CedexCheckBox.
class AddressForm : public QWidget {
    Q_OBJECT
public:
    explicit AddressForm(const QString &prefix, QWidget *parent = nullptr);

    void setAddress(const PostalAddress &a);
    PostalAddress address() const; ///< trimmed
    bool isEmpty() const;
    /// Marks the lines typed wrong; how many are.
    int markProblems();
    /// The town shown greyed while the town is empty, such as the prefecture of a département.
    void setTownPlaceholder(const QString &town);

signals:
    void edited();

private:
    QLineEdit *m_recipient;
    QLineEdit *m_building;
    QLineEdit *m_street;
    QLineEdit *m_poBox;
    QLineEdit *m_postcode;
    QLineEdit *m_town;
    QCheckBox *m_cedex;
};

/// An editable table of Annex 1 lines with its Add and Remove buttons. A cell typed wrong is
/// tinted and carries the reason in its tooltip and in InvalidRole; what is merely missing is
/// left to the dialog's problems label. Lines left entirely empty are ignored.
/// Object names: <name>Table, <name>AddButton, <name>RemoveButton.
class AnnexTableEditor : public QWidget {
    Q_OBJECT
public:
    /// A choice cell's stored value (civility or type code) is its text; InvalidRole is the
    /// reason a cell is wrong, empty when it is right.
    static constexpr int InvalidRole = Qt::UserRole + 1;

    QTableWidget *table() const { return m_table; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }

    /// Appends an empty line and starts editing it; its index.
    int addRow();
    void removeSelectedRows();
    /// No line holds anything.
    bool isEmpty() const;
    /// How many cells hold a wrong value.
    int invalidCells() const;

signals:
    /// A cell changed, or lines were added or removed.
    void edited();

protected:
    AnnexTableEditor(const QString &name, const QStringList &headers, const QString &addText,
                     const QString &removeText, QWidget *parent);

    virtual void fillEmptyRow(int row) = 0;
    virtual bool isRowEmpty(int row) const = 0;
    /// Why the value of a cell is wrong; empty when right or not typed yet.
    virtual QString checkCell(int row, int column) const = 0;
    /// Flags that depend on the other cells of the line.
    virtual void updateFlags(int row) { Q_UNUSED(row); }
    /// The column a new line starts editing at.
    virtual int firstEditColumn() const { return 0; }

    QString text(int row, int column) const; ///< trimmed
    bool isChecked(int row, int column) const;
    void setText(int row, int column, const QString &text);
    void setCheckable(int row, int column, bool checked);
    /// Replaces every line: `fill` fills line i (already made empty); marks the cells after.
    void resetRows(int count, const std::function<void(int)> &fill);

private:
    void markRow(int row);

    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_remove;
    bool m_updating = false;
};

/// The persons of Annex 1: civility, last name, first name, job title, email.
class PersonTable : public AnnexTableEditor {
    Q_OBJECT
public:
    enum Column { CivilityColumn, LastNameColumn, FirstNameColumn, JobTitleColumn, EmailColumn };

    explicit PersonTable(const QString &name, QWidget *parent = nullptr);

    void setPersons(const QList<Person> &persons);
    /// The lines not empty, trimmed.
    QList<Person> persons() const;

protected:
    void fillEmptyRow(int row) override;
    bool isRowEmpty(int row) const override;
    QString checkCell(int row, int column) const override;
    int firstEditColumn() const override { return LastNameColumn; }
};

/// The establishments of Annex 1 with their scope: type, name, address, postcode, town,
/// monenfant.fr identifier, functioning, availability (only for the types that have it).
class EstablishmentTable : public AnnexTableEditor {
    Q_OBJECT
public:
    enum Column {
        TypeColumn,
        NameColumn,
        AddressColumn,
        PostcodeColumn,
        TownColumn,
        MonEnfantColumn,
        FunctioningColumn,
        AvailabilityColumn
    };

    EstablishmentTable(const QList<EstablishmentType> &types, const QString &name,
                       QWidget *parent = nullptr);

    void setEstablishments(const QList<AnnexEstablishment> &establishments);
    /// The lines not empty, trimmed, types in capitals.
    QList<AnnexEstablishment> establishments() const;

protected:
    void fillEmptyRow(int row) override;
    bool isRowEmpty(int row) const override;
    QString checkCell(int row, int column) const override;
    void updateFlags(int row) override;
    int firstEditColumn() const override { return TypeColumn; }

private:
    const EstablishmentType *type(const QString &code) const;

    QList<EstablishmentType> m_types;
};

} // namespace habilis
