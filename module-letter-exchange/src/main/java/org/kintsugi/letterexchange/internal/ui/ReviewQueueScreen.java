package org.kintsugi.letterexchange.internal.ui;

import org.kintsugi.core.spi.ui.ModuleScreen;
import org.osgi.service.component.annotations.Component;

/** In the navigation: the letters waiting for review on the caller's cases, overdue ones marked. */
@Component(service = ModuleScreen.class)
public class ReviewQueueScreen extends LetterScreens {
    @Override
    public String id() {
        return "review-queue";
    }

    @Override
    public String labelKey() {
        return "letterExchange.reviewQueue";
    }

    @Override
    public String entryPoint() {
        return "review-queue.js";
    }

    @Override
    public Placement placement() {
        return Placement.NAVIGATION;
    }

    @Override
    public int order() {
        return 20;
    }
}
