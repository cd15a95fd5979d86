package org.kintsugi.core.testkit.exam;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.rmi.server.RMISocketFactory;

/**
 * Pax Exam talks to its container over RMI and opens the registry with the JVM's default socket factory,
 * which listens on every interface: this one makes every RMI server socket of the test JVM loopback only.
 */
public final class LoopbackRmi extends RMISocketFactory {
    private static boolean installed;

    public static synchronized void install() {
        if (installed) {
            return;
        }
        try {
            RMISocketFactory.setSocketFactory(new LoopbackRmi());
            installed = true;
        } catch (IOException e) {
            throw new IllegalStateException("Could not keep RMI on loopback", e);
        }
    }

    @Override
    public Socket createSocket(String host, int port) throws IOException {
        return new Socket(host, port);
    }

    @Override
    public ServerSocket createServerSocket(int port) throws IOException {
        return new ServerSocket(port, 50, InetAddress.getLoopbackAddress());
    }
}
