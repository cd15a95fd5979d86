package org.kintsugi.itests;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/** Keeps calling endpoints that must stay up while something else changes, and counts what failed. */
final class BackgroundLoad implements AutoCloseable {
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final AtomicInteger requests = new AtomicInteger();
    private final List<String> failures = java.util.Collections.synchronizedList(new ArrayList<>());
    private final ExecutorService threads;

    BackgroundLoad(Api api, String token, String... paths) {
        threads = Executors.newFixedThreadPool(paths.length);
        for (String path : paths) {
            threads.execute(() -> {
                while (running.get()) {
                    requests.incrementAndGet();
                    try {
                        Api.Reply reply = api.get(path, token);
                        if (reply.status() != 200) {
                            failures.add(path + " -> " + reply.status());
                        }
                    } catch (RuntimeException e) { // a refused or broken connection is a failure too, not the end of the load
                        failures.add(path + " -> " + e);
                    }
                }
            });
        }
    }

    int requests() {
        return requests.get();
    }

    List<String> failures() {
        return List.copyOf(failures);
    }

    @Override
    public void close() throws InterruptedException {
        running.set(false);
        threads.shutdown();
        threads.awaitTermination(30, TimeUnit.SECONDS);
    }
}
