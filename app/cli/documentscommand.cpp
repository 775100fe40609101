#include "clicommand.h"

namespace Recoupe::Cli {

int runDocumentsCommand(CommandContext &context)
{
    context.err << "documents: not implemented yet\n";
    return ExitFailure;
}

} // namespace Recoupe::Cli
