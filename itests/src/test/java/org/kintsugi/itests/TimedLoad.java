package org.kintsugi.itests;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

/** Concurrent clients calling endpoints in a loop, each answer kept with when it was asked and how long it took. */
final class TimedLoad implements AutoCloseable {
    /** One answer: its path, status, and when it was sent and answered (System.nanoTime). */
    static final class Sample {
        final String path;
        final int status;
        final long sentAt;
        final long answeredAt;

        Sample(String path, int status, long sentAt, long answeredAt) {
            this.path = path;
            this.status = status;
            this.sentAt = sentAt;
            this.answeredAt = answeredAt;
        }

        long millis() {
            return TimeUnit.NANOSECONDS.toMillis(answeredAt - sentAt);
        }

        @Override
        public String toString() {
            return path + " -> " + status + " in " + millis() + " ms";
        }
    }

    private final AtomicBoolean running = new AtomicBoolean(true);
    private final List<Sample> samples = Collections.synchronizedList(new ArrayList<>());
    private final ExecutorService threads;

    TimedLoad(Api api, String token, int clients, String... paths) {
        threads = Executors.newFixedThreadPool(clients);
        for (int client = 0; client < clients; client++) {
            String path = paths[client % paths.length];
            threads.execute(() -> {
                while (running.get()) {
                    long sent = System.nanoTime();
                    int status;
                    try {
                        status = api.get(path, token).status();
                    } catch (RuntimeException e) {
                        status = -1; // no answer at all
                    }
                    samples.add(new Sample(path, status, sent, System.nanoTime()));
                }
            });
        }
    }

    /** The answers to requests sent at or after {@code since} (System.nanoTime). */
    List<Sample> sentSince(long since) {
        synchronized (samples) {
            return samples.stream().filter(s -> s.sentAt >= since).collect(Collectors.toList());
        }
    }

    @Override
    public void close() throws InterruptedException {
        running.set(false);
        threads.shutdown();
        threads.awaitTermination(30, TimeUnit.SECONDS);
    }
}
