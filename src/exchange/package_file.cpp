#include "exchange/package_file.h"

#include "domain/error.h"
#include "exchange/sha256.h"

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace clusterdesk {

using nlohmann::json;

namespace {
json optionalText(const std::optional<std::string>& value) {
    return value ? json(*value) : json(nullptr);
}

json optionalId(const std::string& value) {
    return value.empty() ? json(nullptr) : json(value);
}

// The checksum covers this exact text: compact JSON with keys in order, as nlohmann::json::dump() and
// Python's json.dumps(sort_keys=True, separators=(",", ":"), ensure_ascii=False) write it.
std::string canonical(const json& content) {
    return content.dump(-1, ' ', false, json::error_handler_t::replace);
}

// Reads members with messages that say where in the package the problem is.
class Reader {
public:
    explicit Reader(std::string source)
        : m_source(std::move(source)) {}

    [[noreturn]] void fail(const std::string& path, const std::string& what) const {
        throw InputError(m_source + ": " + path + ": " + what);
    }

    const json& member(const json& object, const char* key, const std::string& path) const {
        if (!object.is_object())
            fail(path, "expected an object");
        auto it = object.find(key);
        if (it == object.end())
            fail(path, std::string("the member \"") + key + "\" is missing");
        return *it;
    }

    std::string text(const json& object, const char* key, const std::string& path) const {
        const json& value = member(object, key, path);
        if (!value.is_string())
            fail(path + "." + key, "expected text");
        return value.get<std::string>();
    }

    std::optional<std::string> optionalText(const json& object, const char* key,
                                            const std::string& path) const {
        const json& value = member(object, key, path);
        if (value.is_null())
            return std::nullopt;
        if (!value.is_string())
            fail(path + "." + key, "expected text or null");
        return value.get<std::string>();
    }

    std::int64_t count(const json& object, const char* key, const std::string& path) const {
        const json& value = member(object, key, path);
        if (!value.is_number_integer() || value.get<std::int64_t>() < 0)
            fail(path + "." + key, "expected a whole number, 0 or more");
        return value.get<std::int64_t>();
    }

    const json& array(const json& object, const char* key, const std::string& path) const {
        const json& value = member(object, key, path);
        if (!value.is_array())
            fail(path + "." + key, "expected a list");
        return value;
    }

    std::vector<std::string> texts(const json& object, const char* key, const std::string& path) const {
        std::vector<std::string> out;
        const json& list = array(object, key, path);
        for (std::size_t i = 0; i < list.size(); ++i) {
            if (!list[i].is_string())
                fail(path + "." + key + "[" + std::to_string(i) + "]", "expected text");
            out.push_back(list[i].get<std::string>());
        }
        return out;
    }

private:
    std::string m_source;
};

PackageRecord readRecord(const Reader& r, const json& j, const std::string& path) {
    PackageRecord record;
    record.entity = r.text(j, "entity", path);
    record.id = r.text(j, "id", path);
    record.createdAt = r.text(j, "created_at", path);
    record.updatedAt = r.text(j, "updated_at", path);
    record.changedBy = r.text(j, "changed_by", path);
    const json& referenceOnly = r.member(j, "reference_only", path);
    if (!referenceOnly.is_boolean())
        r.fail(path + ".reference_only", "expected true or false");
    record.referenceOnly = referenceOnly.get<bool>();
    const json& fields = r.member(j, "fields", path);
    if (!fields.is_object())
        r.fail(path + ".fields", "expected an object");
    for (const auto& [name, field] : fields.items()) {
        std::string fieldPath = path + ".fields." + name;
        PackageField value;
        value.value = r.optionalText(field, "value", fieldPath);
        value.version = r.optionalText(field, "version", fieldPath).value_or(std::string{});
        record.fields.emplace(name, std::move(value));
    }
    return record;
}

PackageChange readChange(const Reader& r, const json& j, const std::string& path) {
    PackageChange change;
    change.id = r.text(j, "id", path);
    change.entity = r.text(j, "entity", path);
    change.recordId = r.text(j, "record_id", path);
    change.field = r.text(j, "field", path);
    change.oldValue = r.optionalText(j, "old_value", path);
    change.newValue = r.optionalText(j, "new_value", path);
    change.changedAt = r.text(j, "changed_at", path);
    change.changedBy = r.text(j, "changed_by", path);
    change.parents = r.texts(j, "parents", path);
    return change;
}
} // namespace

json packageContent(const Package& package) {
    json content;
    content["package_id"] = package.packageId;
    content["created_at"] = package.createdAt;
    content["schema_version"] = package.schemaVersion;
    content["sender"] = {{"replica_id", package.senderReplicaId}, {"name", package.senderName}};
    content["recipient"] =
        package.recipientReplicaId.empty()
            ? json(nullptr)
            : json{{"replica_id", package.recipientReplicaId}, {"name", package.recipientName}};
    content["selection"] = package.selection;
    content["covers_up_to_seq"] = package.coversUpToSeq;
    content["acknowledged_seq"] = package.acknowledgedSeq;
    json catalogues = json::array();
    for (const auto& row : package.catalogues) {
        json columns = json::object();
        for (const auto& [name, value] : row.columns)
            columns[name] = optionalText(value);
        catalogues.push_back({{"table", row.table}, {"row", columns}});
    }
    content["catalogues"] = std::move(catalogues);
    json records = json::array();
    for (const auto& record : package.records) {
        json fields = json::object();
        for (const auto& [name, field] : record.fields)
            if (field.value || !field.version.empty()) // a field never set says nothing
                fields[name] = {{"value", optionalText(field.value)}, {"version", optionalId(field.version)}};
        records.push_back({{"entity", record.entity},
                           {"id", record.id},
                           {"created_at", record.createdAt},
                           {"updated_at", record.updatedAt},
                           {"changed_by", record.changedBy},
                           {"reference_only", record.referenceOnly},
                           {"fields", std::move(fields)}});
    }
    content["records"] = std::move(records);
    json changes = json::array();
    for (const auto& change : package.changes)
        changes.push_back({{"id", change.id},
                           {"entity", change.entity},
                           {"record_id", change.recordId},
                           {"field", change.field},
                           {"old_value", optionalText(change.oldValue)},
                           {"new_value", optionalText(change.newValue)},
                           {"changed_at", change.changedAt},
                           {"changed_by", change.changedBy},
                           {"parents", change.parents}});
    content["changes"] = std::move(changes);
    return content;
}

std::string sealPackage(const json& content) {
    // Written by hand so the format and checksum come first, where a person opening the file looks.
    std::string file = std::string("{\n\t\"format\": \"") + kPackageFormatName +
                       "\",\n\t\"format_version\": " + std::to_string(kPackageFormatVersion) +
                       ",\n\t\"checksum\": {\n\t\t\"algorithm\": \"sha256\",\n\t\t\"value\": \"" +
                       sha256Hex(canonical(content)) + "\"\n\t},\n\t\"content\": ";
    std::string body = content.dump(1, '\t', false, json::error_handler_t::replace);
    file.reserve(file.size() + body.size() + body.size() / 16 + 4);
    for (char c : body) {
        file += c;
        if (c == '\n')
            file += '\t';
    }
    return file + "\n}\n";
}

std::string packageText(const Package& package) {
    return sealPackage(packageContent(package));
}

Package parsePackage(const std::string& text, const std::string& source) {
    Reader r(source);
    if (text.find_first_not_of(" \t\r\n") == std::string::npos)
        throw InputError(source + ": the file is empty; it is not a ClusterDesk package");
    json file;
    try {
        file = json::parse(text);
    } catch (const json::parse_error& e) {
        if (e.byte >= text.size())
            throw InputError(source + ": the package is truncated: the file ends in the middle of the JSON "
                                      "(was it copied completely?)");
        throw InputError(source + ": not a ClusterDesk package: the file is not JSON (error at byte " +
                         std::to_string(e.byte) + ")");
    }
    if (!file.is_object() || !file.contains("format") || file["format"] != kPackageFormatName)
        throw InputError(source + ": not a ClusterDesk package: the JSON has no \"format\": \"" +
                         kPackageFormatName + "\"");
    const json& version = r.member(file, "format_version", "package");
    if (!version.is_number_integer())
        r.fail("format_version", "expected a whole number");
    if (version.get<long long>() != kPackageFormatVersion)
        throw InputError(
            source + ": the package has format version " + version.dump() +
            " but this ClusterDesk reads version " + std::to_string(kPackageFormatVersion) +
            (version.get<long long>() > kPackageFormatVersion ? "; import it with a newer ClusterDesk" : ""));
    const json& checksum = r.member(file, "checksum", "package");
    if (r.text(checksum, "algorithm", "checksum") != "sha256")
        r.fail("checksum.algorithm", "only sha256 is known");
    std::string expected = r.text(checksum, "value", "checksum");
    const json& content = r.member(file, "content", "package");
    if (sha256Hex(canonical(content)) != expected)
        throw InputError(source + ": checksum mismatch: the content is not what was written (the file was "
                                  "changed or damaged after export); ask for the package again");

    Package package;
    package.packageId = r.text(content, "package_id", "content");
    package.createdAt = r.text(content, "created_at", "content");
    const json& schema = r.member(content, "schema_version", "content");
    if (!schema.is_number_integer())
        r.fail("content.schema_version", "expected a whole number");
    package.schemaVersion = schema.get<int>();
    const json& sender = r.member(content, "sender", "content");
    package.senderReplicaId = r.text(sender, "replica_id", "content.sender");
    package.senderName = r.text(sender, "name", "content.sender");
    const json& recipient = r.member(content, "recipient", "content");
    if (!recipient.is_null()) {
        package.recipientReplicaId = r.text(recipient, "replica_id", "content.recipient");
        package.recipientName = r.text(recipient, "name", "content.recipient");
    }
    package.selection = r.text(content, "selection", "content");
    package.coversUpToSeq = r.count(content, "covers_up_to_seq", "content");
    package.acknowledgedSeq = r.count(content, "acknowledged_seq", "content");
    const json& catalogues = r.array(content, "catalogues", "content");
    for (std::size_t i = 0; i < catalogues.size(); ++i) {
        std::string path = "content.catalogues[" + std::to_string(i) + "]";
        CatalogueRow row;
        row.table = r.text(catalogues[i], "table", path);
        const json& columns = r.member(catalogues[i], "row", path);
        if (!columns.is_object())
            r.fail(path + ".row", "expected an object");
        for (const auto& [name, value] : columns.items()) {
            if (!value.is_null() && !value.is_string())
                r.fail(path + ".row." + name, "expected text or null");
            row.columns[name] =
                value.is_null() ? std::nullopt : std::optional<std::string>(value.get<std::string>());
        }
        package.catalogues.push_back(std::move(row));
    }
    const json& records = r.array(content, "records", "content");
    for (std::size_t i = 0; i < records.size(); ++i)
        package.records.push_back(readRecord(r, records[i], "content.records[" + std::to_string(i) + "]"));
    const json& changes = r.array(content, "changes", "content");
    for (std::size_t i = 0; i < changes.size(); ++i)
        package.changes.push_back(readChange(r, changes[i], "content.changes[" + std::to_string(i) + "]"));
    return package;
}

void writePackageFile(const Package& package, const std::string& path) {
    std::string text = packageText(package);
    std::string temporary = path + ".part";
    {
        std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
        out << text;
        out.close();
        if (!out)
            throw StorageError(path + ": the package could not be written (is the folder writable and is "
                                      "there space left?)");
    }
    std::error_code error;
    std::filesystem::rename(temporary, path, error);
    if (error) {
        std::filesystem::remove(temporary, error);
        throw StorageError(path + ": the package could not be written (" + error.message() + ")");
    }
}

Package readPackageFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw StorageError(path + ": the package cannot be opened (does the file exist and can it be read?)");
    std::ostringstream text;
    text << in.rdbuf();
    return parsePackage(text.str(), path);
}

} // namespace clusterdesk
