package org.kintsugi.letterexchange.internal.ui;

import org.kintsugi.core.spi.ui.ModuleScreen;
import org.osgi.service.component.annotations.Component;

/** On a case page: the case's letters, a new one, and each one's review, consent and delivery. */
@Component(service = ModuleScreen.class)
public class CaseLettersScreen extends LetterScreens {
    @Override
    public String id() {
        return "case-letters";
    }

    @Override
    public String labelKey() {
        return "letterExchange.caseTab";
    }

    @Override
    public String entryPoint() {
        return "case-letters.js";
    }

    @Override
    public Placement placement() {
        return Placement.CASE;
    }

    @Override
    public int order() {
        return 10;
    }
}
