package org.tomoni.accounts.internal;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.tomoni.shell.Preferences;

/** The account part of "download my data": everything stored, in plain words, secrets shown only as yes or no. */
record AccountData(String id, String name, List<String> roles, @Nullable String phone, @Nullable String email,
                   @Nullable String area, @Nullable String organisation, @Nullable String classroom, String vetting,
                   @Nullable Preferences preferences, boolean hasPin, boolean hasPassword,
                   boolean hasPicturePassword, long rememberedDevices, Instant createdAt,
                   @Nullable Instant lastSignInAt) {

    static AccountData of(PersonDocument person, long rememberedDevices) {
        return new AccountData(person.id(), person.name(), person.roles().stream().map(Enum::name).sorted().toList(),
                person.phone(), person.email(), person.areaId(), person.organisationId(), person.classroomId(),
                person.vetting().name(), person.preferences(), person.pinHash() != null,
                person.passwordHash() != null, person.picturesHash() != null, rememberedDevices, person.createdAt(),
                person.lastSignInAt());
    }
}
