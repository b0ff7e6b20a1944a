package org.tomoni.accounts;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** The demo people and how to sign in as each; empty unless Tomoni runs with its demo data. */
public interface DemoSignIns {

    List<DemoSignIn> all();

    /** One demo person; the fields that apply to their way of signing in are set. */
    record DemoSignIn(Role role, String name, @Nullable String email, @Nullable String password,
                      @Nullable String phone, @Nullable String pin, @Nullable String classCode,
                      List<Picture> pictures) {

        public DemoSignIn {
            pictures = List.copyOf(pictures);
        }
    }
}
