package org.kintsugi.itests.module;

import org.kintsugi.core.spi.module.RestorativeService;
import org.osgi.service.component.annotations.Component;

/** Announces the test module to the core. */
@Component(service = RestorativeService.class)
public class EchoService implements RestorativeService {
    public static final String ID = "it-echo";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "Integration test echo";
    }
}
