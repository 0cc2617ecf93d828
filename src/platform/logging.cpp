#include "platform/logging.h"

#include "platform/app_paths.h"

#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/spdlog.h>

namespace clusterdesk {

void setUpLogging(const std::string& programName) {
    try {
        auto logger = spdlog::rotating_logger_mt(programName, logFilePath(), 1024 * 1024, 3);
        logger->set_pattern("%Y-%m-%dT%H:%M:%S%z [%n] %l: %v");
        logger->flush_on(spdlog::level::info);
        spdlog::set_default_logger(logger);
    } catch (const spdlog::spdlog_ex&) {
        // Logging is a help, not a requirement: without a writable folder the program still runs.
        spdlog::set_level(spdlog::level::off);
    } catch (const std::exception&) {
        spdlog::set_level(spdlog::level::off);
    }
}

} // namespace clusterdesk
