package org.kintsugi.core.internal.security;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import javax.servlet.http.HttpServletRequest;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;

/**
 * The address a request came from, as login throttling and the audit trail record it. Behind a reverse
 * proxy every request arrives from the proxy; only when it is one the operator named as trusted
 * ({@code trusted.proxies}) is its {@code X-Forwarded-For} believed, read from the right: the nearest
 * address no trusted proxy added. Anyone else could write that header, so by default it is ignored.
 */
@Component(service = ClientAddresses.class, configurationPid = SecurityConfig.PID)
public class ClientAddresses {
    /** An IPv4 or IPv6 literal; nothing else is taken from a header. */
    private static final Pattern ADDRESS = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

    private volatile Set<String> trusted = Set.of();

    @Activate
    @Modified
    void configure(SecurityConfig config) {
        trusted = Arrays.stream(config.trusted_proxies().split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    public String of(HttpServletRequest request) {
        return of(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"));
    }

    String of(String remote, String forwardedFor) {
        if (forwardedFor == null || !trusted.contains(remote)) {
            return remote;
        }
        List<String> hops = Arrays.stream(forwardedFor.split(",")).map(String::trim).collect(Collectors.toList());
        for (int i = hops.size() - 1; i >= 0; i--) {
            String hop = hops.get(i);
            if (!ADDRESS.matcher(hop).matches()) {
                return remote; // not an address: believe nothing the header says
            }
            if (!trusted.contains(hop)) {
                return hop;
            }
        }
        return remote;
    }
}
