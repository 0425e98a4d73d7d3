#include "establishmentcsv.h"

#include "csv.h"
#include "domain/validation.h"

#include <QHash>
#include <QSet>

namespace habilis {

namespace {
enum Column { Type, Name, Address, Postcode, Town, MonEnfantId, ColumnCount };

int columnOf(const QString &header)
{
    static const QHash<QString, int> aliases{
        {QStringLiteral("type"), Type},
        {QStringLiteral("nom"), Name},
        {QStringLiteral("name"), Name},
        {QStringLiteral("adresse"), Address},
        {QStringLiteral("address"), Address},
        {QStringLiteral("code postal"), Postcode},
        {QStringLiteral("cp"), Postcode},
        {QStringLiteral("postcode"), Postcode},
        {QStringLiteral("commune"), Town},
        {QStringLiteral("ville"), Town},
        {QStringLiteral("town"), Town},
        {QStringLiteral("identifiant monenfant"), MonEnfantId},
        {QStringLiteral("monenfant"), MonEnfantId},
        {QStringLiteral("monenfant id"), MonEnfantId},
    };
    return aliases.value(Validation::foldKey(header), -1);
}
} // namespace

QStringList EstablishmentCsv::columns()
{
    return {QStringLiteral("type"),    QStringLiteral("nom"),
            QStringLiteral("adresse"), QStringLiteral("code_postal"),
            QStringLiteral("commune"), QStringLiteral("identifiant_monenfant")};
}

Expected<QList<Establishment>> EstablishmentCsv::read(const QByteArray &data,
                                                      const QString &fileName,
                                                      const QList<EstablishmentType> &types)
{
    const Expected<QList<CsvRecord>> records = Csv::parse(data);
    if (!records)
        return Error{tr("%1: %2").arg(fileName, records.error().message)};
    if (records->isEmpty())
        return Error{tr("%1: the file is empty; its first line names the columns (%2).")
                         .arg(fileName, columns().join(QStringLiteral(";")))};

    const CsvRecord &header = records->constFirst();
    QList<int> map;
    bool seen[ColumnCount] = {};
    QStringList errors;
    for (const QString &h : header.fields) {
        const int col = columnOf(h);
        if (col < 0) {
            errors << tr("%1, line %2: unknown column \"%3\" (known columns: %4).")
                          .arg(fileName)
                          .arg(header.line)
                          .arg(h, columns().join(QStringLiteral(", ")));
        } else if (seen[col]) {
            errors << tr("%1, line %2: the column \"%3\" appears twice.")
                          .arg(fileName)
                          .arg(header.line)
                          .arg(h);
        } else {
            seen[col] = true;
        }
        map << col;
    }
    for (int col : {Type, Name, Postcode, Town}) {
        if (!seen[col]) {
            errors << tr("%1, line %2: the column \"%3\" is missing.")
                          .arg(fileName)
                          .arg(header.line)
                          .arg(columns().at(col));
        }
    }
    if (!errors.isEmpty())
        return Error{errors.join(QLatin1Char('\n'))};

    QList<Establishment> list;
    QSet<QString> keys, ids;
    QList<FieldError> fieldErrors;
    for (qsizetype r = 1; r < records->size(); ++r) {
        const CsvRecord &rec = records->at(r);
        if (rec.fields.size() != map.size()) {
            errors << tr("%1, line %2: %3 cells where the header has %4.")
                          .arg(fileName)
                          .arg(rec.line)
                          .arg(rec.fields.size())
                          .arg(map.size());
            continue;
        }
        Establishment e;
        for (qsizetype c = 0; c < map.size(); ++c) {
            const QString v = rec.fields.at(c).trimmed();
            switch (map.at(c)) {
            case Type:
                e.type = v.toUpper();
                break;
            case Name:
                e.name = v;
                break;
            case Address:
                e.address = v;
                break;
            case Postcode:
                e.postcode = v;
                break;
            case Town:
                e.town = v;
                break;
            case MonEnfantId:
                e.monEnfantId = v;
                break;
            default:
                break;
            }
        }
        const QString context = tr("%1, line %2").arg(fileName).arg(rec.line);
        fieldErrors << Validation::validate(e, types, context);
        list << e;
        const QString key =
            Validation::foldKey(e.type) + u'|' + Validation::foldKey(e.name) + u'|' + e.postcode;
        if (keys.contains(key) || (!e.monEnfantId.isEmpty() && ids.contains(e.monEnfantId))) {
            fieldErrors << FieldError{context, e.name,
                                      tr("\"%1\" appears twice in the file.").arg(e.name)};
        }
        keys.insert(key);
        if (!e.monEnfantId.isEmpty())
            ids.insert(e.monEnfantId);
    }
    for (const FieldError &fe : std::as_const(fieldErrors))
        errors << fe.toString();
    if (!errors.isEmpty())
        return Error{errors.join(QLatin1Char('\n'))};
    return list;
}

} // namespace habilis
