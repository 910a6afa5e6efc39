package claimline.app;

import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Tab;

/**
 * Tabs whose content joins the window the first time the tab is selected. A tab pane keeps every tab's content in
 * the scene, hidden, so each hidden pane would otherwise be styled, skinned and laid out before the window's first
 * frame (a table's skin, its header, its virtual flow) for a view the analyst may never open.
 */
final class ShownTabs {
    private ShownTabs() {}

    /**
     * A tab whose content is made by {@code content} when the tab is first selected in a shown tab pane (one with
     * its skin: the pane selects its first tab as tabs are added, before the window restores the tab it was left
     * on, and that first tab is not made for nothing).
     */
    static Tab of(String text, Supplier<? extends Node> content) {
        Tab tab = new Tab(text);
        tab.setClosable(false);
        Runnable makeIfShown = () -> {
            if (tab.getContent() == null && tab.isSelected() && tab.getTabPane() != null
                    && tab.getTabPane().getSkin() != null) {
                tab.setContent(content.get());
            }
        };
        tab.selectedProperty().addListener(o -> makeIfShown.run());
        tab.tabPaneProperty().addListener((o, was, pane) -> {
            if (pane != null) {
                pane.skinProperty().addListener(x -> makeIfShown.run());
            }
        });
        return tab;
    }

    /** A tab whose content, made already (the window refers to it), joins the scene when the tab is first selected. */
    static Tab of(String text, Node content) {
        return of(text, () -> content);
    }
}
