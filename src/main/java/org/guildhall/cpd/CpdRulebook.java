package org.guildhall.cpd;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.guildhall.shared.Text;
import org.springframework.modulith.NamedInterface;

/**
 * The crediting data in force: each category's cap per cycle and the kinds of activity with their credit values,
 * read from the institute's reference data.
 */
@NamedInterface("api")
public record CpdRulebook(Map<CpdCategory, BigDecimal> caps, List<CpdActivityType> types) {

    public CpdRulebook {
        caps = Map.copyOf(caps);
        types = List.copyOf(types);
    }

    public BigDecimal capOf(CpdCategory category) {
        var cap = caps.get(category);
        if (cap == null) {
            throw new IllegalStateException("No cap is set for " + category);
        }
        return cap;
    }

    public Optional<CpdActivityType> type(String code) {
        return types.stream().filter(type -> type.code().equals(code)).findFirst();
    }

    public List<CpdActivityType> typesOf(CpdCategory category) {
        return types.stream().filter(type -> type.category() == category).toList();
    }

    public Text ruleSentence(CpdCategory category) {
        return category.ruleSentence(capOf(category));
    }
}
