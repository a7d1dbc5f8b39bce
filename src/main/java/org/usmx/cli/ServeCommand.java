package org.usmx.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import org.usmx.config.Settings;
import org.usmx.server.Application;
import org.usmx.server.UsmxServer;
import org.usmx.store.LoadedStore;
import org.usmx.store.StoreManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Build the store from data/ if it changed, then serve SPARQL, API and pages on one port.")
final class ServeCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(ServeCommand.class);

    @Mixin ProjectOptions project;

    @Option(names = {"-p", "--port"}, description = "HTTP port (default: ${DEFAULT-VALUE}).", defaultValue = "${env:USMX_PORT:-8080}")
    int port;

    @Option(names = "--timeout", description = "Query timeout in seconds; a request's ?timeout may only lower it (default: ${DEFAULT-VALUE}).",
        defaultValue = "${env:USMX_QUERY_TIMEOUT:-30}")
    long timeoutSeconds;

    @Option(names = "--max-rows", description = "Largest SELECT result served; larger ones are refused (default: ${DEFAULT-VALUE}).",
        defaultValue = "${env:USMX_MAX_ROWS:-10000}")
    int maxRows;

    @Override
    public Integer call() throws InterruptedException {
        Settings settings = project.settings().withPort(port)
            .withQueryTimeout(ProjectOptions.seconds(timeoutSeconds)).withMaxRows(maxRows);
        StoreManager stores = new StoreManager(settings.storeDir(), project.dataFiles());
        LoadedStore store = stores.open(false);
        stores.removeStaleDatabases();
        UsmxServer server = Application.build(settings, store).start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            LOG.info("shutting down");
            server.close();
            store.close();
            stopped.countDown();
        }, "usmx-shutdown"));
        stopped.await();
        return 0;
    }
}
