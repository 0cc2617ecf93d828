#pragma once

#include "domain/error.h"

#include <QStringList>
#include <QWidget>
#include <memory>
#include <string>
#include <vector>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace clusterdesk::ui {

class RecordForm;
class RepositoryCommand;
class Session;
struct RecordRef;

// The editor pane beside a list: shows one record in a RecordForm, checks it as the user types, and saves
// it as one undoable command. Enter saves, Escape goes back to what is stored.
class RecordEditor : public QWidget {
    Q_OBJECT
public:
    RecordEditor(Session& session, const QString& table, QWidget* parent = nullptr);

    // Shows a stored record; an empty id shows nothing.
    void showRecord(const QString& id);
    void startNew();
    QString recordId() const { return m_id; }
    bool isNew() const { return m_new; }
    bool hasUnsavedChanges() const { return m_dirty; }
    // Before another record is shown: asks whether to save unsaved changes. False when the user cancels.
    bool confirmLeave();
    // True when saved (or nothing to save).
    bool save();
    void revert();

    RecordForm* form() const { return m_form; }
    QPushButton* saveButton() const { return m_save; }

signals:
    void saved(const QString& id);

protected:
    // Fills the widgets from the stored record; throws NotFoundError when it is gone.
    virtual void loadRecord(const std::string& id) = 0;
    virtual void clearForNew() = 0;
    // Everything wrong with what the widgets hold now (FieldReader::merged with the domain's validate()).
    virtual std::vector<FieldError> problems() = 0;
    virtual std::unique_ptr<RepositoryCommand> saveCommand() = 0;
    virtual QString heading() const = 0;

    Session& session() const { return m_session; }
    // Widgets below the form (a list of memberships, ...).
    QVBoxLayout* extrasLayout() const { return m_extras; }
    // For widgets that are not in the form: call when the user changed them.
    void markEdited();
    // An editor for records of several tables (outcomes) reloads when any of them changes.
    void alsoEdits(const QString& table) { m_tables.append(table); }
    // Runs a command outside save() (an action on the shown record) with the same error handling.
    bool runCommand(std::unique_ptr<RepositoryCommand> command);

private:
    void refreshState();
    void onRecordsChanged(const QList<RecordRef>& records);
    void setEditable(bool editable);

    Session& m_session;
    QStringList m_tables;
    QLabel* m_heading;
    RecordForm* m_form;
    QWidget* m_body;
    QVBoxLayout* m_extras;
    QPushButton* m_save;
    QPushButton* m_revert;
    QString m_id;
    bool m_new = false;
    bool m_dirty = false;
    bool m_loading = false;
};

} // namespace clusterdesk::ui
