package org.tomoni.accounts.internal;

import java.net.URI;

import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/** Where people reach Tomoni, for links that leave the app (invitations): configured, else this server's port. */
@Component
class PublicUrl {

    private final AccountsProperties properties;
    private final ApplicationContext context;

    PublicUrl(AccountsProperties properties, ApplicationContext context) {
        this.properties = properties;
        this.context = context;
    }

    URI base() {
        if (properties.publicUrl() != null) {
            String url = properties.publicUrl().toString();
            return URI.create(url.endsWith("/") ? url : url + "/");
        }
        int port = context instanceof WebServerApplicationContext web && web.getWebServer() != null
                ? web.getWebServer().getPort() : 8080;
        return URI.create("http://localhost:" + port + "/");
    }
}
