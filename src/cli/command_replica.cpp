#include "cli/command.h"
#include "exchange/exchange.h"
#include "storage/database.h"

#include <ostream>

namespace clusterdesk::cli {

int runReplicaShow(Context& context) {
    Arguments args(context.words, {}, {});
    args.expectPositionalAtMost(0);
    auto db = context.openDatabase();
    Exchange exchange(*db);
    context.out << "replica " << exchange.replicaId() << "\n  name: " << exchange.replicaName() << "\n";
    auto peers = exchange.peers();
    if (peers.empty()) {
        context.out << "  no peers yet (a peer becomes known when one of its packages is imported)\n";
        return kExitOk;
    }
    context.out << "  peers:\n";
    for (const auto& peer : peers)
        context.out << "    " << peer.name << " (" << peer.replicaId << ")\n"
                    << "      last package sent: " << (peer.lastSentAt.empty() ? "never" : peer.lastSentAt)
                    << ", received: " << (peer.lastReceivedAt.empty() ? "never" : peer.lastReceivedAt)
                    << "\n";
    return kExitOk;
}

int runReplicaName(Context& context) {
    Arguments args(context.words, {}, {});
    args.expectPositionalAtMost(1);
    const std::string& name = args.required(0, "NAME: how peers will call this database");
    auto db = context.openDatabase();
    Exchange exchange(*db);
    exchange.setReplicaName(name);
    context.out << "this database (replica " << exchange.replicaId() << ") is now called " << name << "\n";
    return kExitOk;
}

} // namespace clusterdesk::cli
