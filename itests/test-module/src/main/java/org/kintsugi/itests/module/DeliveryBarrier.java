package org.kintsugi.itests.module;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.osgi.service.component.annotations.Component;

/** Holds a delivery open after the gate allowed it, until the test releases it: a stand-in for slow work. */
@Component(service = DeliveryBarrier.class)
public class DeliveryBarrier {
    private volatile CountDownLatch arrived = new CountDownLatch(1);
    private volatile CountDownLatch release = new CountDownLatch(1);

    void holdUntilReleased() throws InterruptedException {
        arrived.countDown();
        if (!release.await(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("never released");
        }
    }

    boolean holding() {
        return arrived.getCount() == 0 && release.getCount() > 0;
    }

    /** Lets the held delivery finish, and arms the barrier for the next one. */
    void release() {
        CountDownLatch released = release;
        arrived = new CountDownLatch(1);
        release = new CountDownLatch(1);
        released.countDown();
    }
}
