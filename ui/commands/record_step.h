#pragma once

#include "domain/uuid.h"
#include "storage/repository.h"

#include <optional>
#include <string>

namespace clusterdesk::ui {

template <class T> EntityStore<T>& storeOf(Repository& r) {
    if constexpr (std::is_same_v<T, Cluster>)
        return r.clusters();
    else if constexpr (std::is_same_v<T, ExcellenceLabel>)
        return r.labels();
    else if constexpr (std::is_same_v<T, Company>)
        return r.companies();
    else if constexpr (std::is_same_v<T, Membership>)
        return r.memberships();
    else if constexpr (std::is_same_v<T, Person>)
        return r.people();
    else if constexpr (std::is_same_v<T, Seminar>)
        return r.seminars();
    else if constexpr (std::is_same_v<T, Attendance>)
        return r.attendance();
    else if constexpr (std::is_same_v<T, Visit>)
        return r.visits();
    else if constexpr (std::is_same_v<T, Recommendation>)
        return r.recommendations();
    else if constexpr (std::is_same_v<T, SupportMeasure>)
        return r.measures();
    else if constexpr (std::is_same_v<T, Effort>)
        return r.effort();
    else if constexpr (std::is_same_v<T, PartnershipAgreement>)
        return r.agreements();
    else if constexpr (std::is_same_v<T, FundingApplication>)
        return r.fundingApplications();
    else if constexpr (std::is_same_v<T, Certification>)
        return r.certifications();
    else if constexpr (std::is_same_v<T, FollowUp>)
        return r.followUps();
    else
        return r.contactAttempts();
}

template <class T> std::string tableOf() {
    return mappingOf<T>().schema.table;
}

// One write of one record that can be done and undone. Steps run inside the transaction of their command.
class RecordStep {
public:
    virtual ~RecordStep() = default;
    virtual void apply(Repository& r) = 0;
    virtual void revert(Repository& r) = 0;
    virtual std::string table() const = 0;
    virtual std::string id() const = 0;
};

// Creates a record (no before) or changes one. A created record keeps its id, so that undo deletes it and
// redo brings the same record back.
template <class T> class SaveStep : public RecordStep {
public:
    SaveStep(std::optional<T> before, T after)
        : m_before(std::move(before))
        , m_after(std::move(after)) {
        if (m_after.id.empty())
            m_after.id = newUuid();
    }

    void apply(Repository& r) override {
        auto& store = storeOf<T>(r);
        if (m_before)
            store.update(m_after);
        else if (m_inserted)
            store.restore(m_after.id);
        else {
            store.insert(m_after);
            m_inserted = true;
        }
    }

    void revert(Repository& r) override {
        if (m_before)
            storeOf<T>(r).update(*m_before);
        else
            storeOf<T>(r).remove(m_after.id);
    }

    std::string table() const override { return tableOf<T>(); }
    std::string id() const override { return m_after.id; }

private:
    std::optional<T> m_before;
    T m_after;
    bool m_inserted = false;
};

// Soft-deletes a record (keeps the tombstone); undo restores it. With restore = true, the other way round.
template <class T> class RemoveStep : public RecordStep {
public:
    explicit RemoveStep(std::string id, bool restore = false)
        : m_id(std::move(id))
        , m_restore(restore) {}

    void apply(Repository& r) override {
        m_restore ? storeOf<T>(r).restore(m_id) : storeOf<T>(r).remove(m_id);
    }
    void revert(Repository& r) override {
        m_restore ? storeOf<T>(r).remove(m_id) : storeOf<T>(r).restore(m_id);
    }
    std::string table() const override { return tableOf<T>(); }
    std::string id() const override { return m_id; }

private:
    std::string m_id;
    bool m_restore;
};

} // namespace clusterdesk::ui
