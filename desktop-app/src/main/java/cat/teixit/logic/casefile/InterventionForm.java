package cat.teixit.logic.casefile;

import cat.teixit.model.casefile.InterventionKind;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/** An intervention as typed: kind, when, how long, with whom, notes, confidentiality. Immutable. */
public record InterventionForm(InterventionKind kind, LocalDate date, LocalTime time, Integer durationMinutes,
        UUID personId, List<UUID> otherProfessionals, String notes, boolean confidential) {

    public InterventionForm {
        otherProfessionals = otherProfessionals == null ? List.of() : List.copyOf(otherProfessionals);
    }
}
