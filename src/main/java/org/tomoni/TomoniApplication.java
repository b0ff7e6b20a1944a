package org.tomoni;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/tomoni.css")
public class TomoniApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(TomoniApplication.class, args);
    }

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addMetaTag("viewport", "width=device-width, initial-scale=1");
        settings.addFavIcon("icon", "images/tomoni-icon.svg", "any");
    }
}
