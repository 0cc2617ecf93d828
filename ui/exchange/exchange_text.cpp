#include "exchange/exchange_text.h"

#include <QCoreApplication>
#include <QDateTime>

namespace clusterdesk::ui {

namespace {
QString tr(const char* text) {
    return QCoreApplication::translate("clusterdesk::ui::ExchangeText", text);
}
} // namespace

QString qs(const std::string& text) {
    return QString::fromStdString(text);
}

QString exchangeTime(const std::string& isoUtc) {
    if (isoUtc.empty())
        return {};
    QDateTime at = QDateTime::fromString(qs(isoUtc), Qt::ISODate);
    if (!at.isValid())
        return qs(isoUtc);
    return at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString fieldValueText(const std::string& field, const std::optional<std::string>& value) {
    // The tombstone is a time: a record deleted then, or a live one.
    if (field == "deleted_at")
        return value ? tr("deleted %1").arg(exchangeTime(*value)) : tr("kept (edited)");
    if (!value)
        return tr("(empty)");
    return qs(*value);
}

} // namespace clusterdesk::ui
