package org.accord.balloting.tally;

import java.util.Objects;

/** Which voters a criterion looks at. */
public record VoterScope(Type type, String chamber, String name) {

    public enum Type {
        ALL, P_MEMBERS, CHAMBER, SUB_CHAMBER, CONSTITUENCY
    }

    public static final VoterScope ALL = new VoterScope(Type.ALL, null, null);
    public static final VoterScope P_MEMBERS = new VoterScope(Type.P_MEMBERS, null, null);

    public VoterScope {
        Objects.requireNonNull(type, "type");
        if ((type == Type.CHAMBER || type == Type.SUB_CHAMBER) && chamber == null) {
            throw new IllegalArgumentException("a chamber scope needs a chamber");
        }
        if ((type == Type.SUB_CHAMBER || type == Type.CONSTITUENCY) && name == null) {
            throw new IllegalArgumentException(type + " scope needs a name");
        }
    }

    public static VoterScope chamber(String chamber) {
        return new VoterScope(Type.CHAMBER, chamber, null);
    }

    public static VoterScope subChamber(String chamber, String subChamber) {
        return new VoterScope(Type.SUB_CHAMBER, chamber, subChamber);
    }

    public static VoterScope constituency(String constituency) {
        return new VoterScope(Type.CONSTITUENCY, null, constituency);
    }

    public boolean includes(Voter v) {
        return switch (type) {
            case ALL -> true;
            case P_MEMBERS -> v.pMember();
            case CHAMBER -> chamber.equals(v.chamber());
            case SUB_CHAMBER -> chamber.equals(v.chamber()) && name.equals(v.subChamber());
            case CONSTITUENCY -> v.constituencies().contains(name);
        };
    }

    /** Adjective for texts: "" / "P-member " / "social chamber " ... */
    String label() {
        return switch (type) {
            case ALL -> "";
            case P_MEMBERS -> "P-member ";
            case CHAMBER -> chamber + " chamber ";
            case SUB_CHAMBER -> chamber + "/" + name + " ";
            case CONSTITUENCY -> name + " ";
        };
    }
}
