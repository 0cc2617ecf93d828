#include "dialogs/instrument_dialog.h"

#include "app/session.h"
#include "storage/catalogue_query.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace clusterdesk::ui {

namespace {
constexpr int kCodeRole = Qt::UserRole + 1;
constexpr int kSearchRole = Qt::UserRole + 2;
} // namespace

InstrumentDialog::InstrumentDialog(Session& session, const QString& currentCode, QWidget* parent)
    : QDialog(parent)
    , m_model(new QStandardItemModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_search(new QLineEdit(this))
    , m_list(new QListView(this)) {
    setWindowTitle(tr("Choose an Instrument or Service"));
    for (const auto& instrument : CatalogueQuery(session.database()).instruments()) {
        QString name = QString::fromStdString(instrument.name);
        QString kind = instrument.kind == InstrumentKind::Financial ? tr("financial") : tr("non-financial");
        QString text = tr("%1 (%2)").arg(name, kind);
        if (!instrument.formerNames.empty())
            text +=
                QStringLiteral(" – ") + tr("formerly %1").arg(QString::fromStdString(instrument.formerNames));
        auto* item = new QStandardItem(text);
        item->setData(QString::fromStdString(instrument.code), kCodeRole);
        item->setData(text + QLatin1Char(' ') + QString::fromStdString(instrument.description), kSearchRole);
        item->setToolTip(QString::fromStdString(instrument.description));
        item->setEnabled(instrument.active || instrument.code == currentCode.toStdString());
        m_model->appendRow(item);
    }
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(kSearchRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_list->setModel(m_proxy);
    m_list->setUniformItemSizes(true);
    m_search->setPlaceholderText(tr("Search names, former names and descriptions"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(640, 460);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setFilterFixedString(text);
        if (m_proxy->rowCount() > 0 && !m_list->currentIndex().isValid())
            m_list->setCurrentIndex(m_proxy->index(0, 0));
    });
    // Down from the search box goes into the list; Enter anywhere chooses the current entry.
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (m_list->currentIndex().isValid())
            accept();
    });
    connect(m_list, &QListView::activated, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    for (int row = 0; row < m_proxy->rowCount(); ++row)
        if (m_proxy->index(row, 0).data(kCodeRole).toString() == currentCode)
            m_list->setCurrentIndex(m_proxy->index(row, 0));
    if (!m_list->currentIndex().isValid() && m_proxy->rowCount() > 0)
        m_list->setCurrentIndex(m_proxy->index(0, 0));
    m_search->setFocus();
}

bool InstrumentDialog::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Down || key->key() == Qt::Key_Up || key->key() == Qt::Key_PageDown ||
            key->key() == Qt::Key_PageUp) {
            QCoreApplication::sendEvent(m_list, event);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

QString InstrumentDialog::chosenCode() const {
    return m_list->currentIndex().data(kCodeRole).toString();
}

QString InstrumentDialog::nameOf(Session& session, const QString& code) {
    if (code.isEmpty())
        return {};
    for (const auto& instrument : CatalogueQuery(session.database()).instruments())
        if (instrument.code == code.toStdString())
            return QString::fromStdString(instrument.name);
    return code;
}

} // namespace clusterdesk::ui
