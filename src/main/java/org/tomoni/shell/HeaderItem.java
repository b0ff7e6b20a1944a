package org.tomoni.shell;

import com.vaadin.flow.component.Component;

/**
 * Something a feature module shows in the header of every page, next to the language and display settings — for
 * example who is signed in. A fresh component per page, as components belong to one UI.
 */
public interface HeaderItem {

    Component create();
}
