"""Each fixture crate of ``corpora/`` analysed whole, against its README.

Every test goes through ``check_corpus``: it loads the crate from disk,
checks the span invariants of every item and reference, and compares the
problems (warnings, errors and unresolved paths) with the expected list,
which is empty unless a known gap is marked ``FIXME``. Tests of crates whose
README names references also compare item graph edges: ``edges`` lists
every edge that leaves the module of its dependent, for dependents in
``edges_from``; ``also_edges`` lists further edges (within one module) that
must be among all edges.
"""

from __future__ import annotations

from pathlib import Path

from analysis_text import render_edges, render_items, render_manifest, render_problems, render_references
from crate_split.analysis import analyze_crate, load_source_tree
from fixture import normalise

CORPORA = Path(__file__).resolve().parents[2] / "corpora"


def check_corpus(
    name: str,
    *,
    problems: str = "",
    edges_from: tuple[str, ...] = (),
    edges: str = "",
    also_edges: str = "",
    manifest: str = "",
) -> None:
    """Analyse ``corpora/<name>`` and compare it with the expectations given."""
    tree = load_source_tree(CORPORA / name)
    model = analyze_crate(tree)
    render_items(model, tree)
    render_references(model, tree)
    assert render_problems(model) == (normalise(problems) if problems else "")
    if edges_from:
        assert render_edges(model, sources=edges_from) == normalise(edges)
    all_edges = set(render_edges(model).splitlines())
    missing = [edge for edge in normalise(also_edges).splitlines() if edge and edge not in all_edges]
    assert missing == []
    if manifest:
        assert render_manifest(model) == normalise(manifest)


def test_module_cycle_has_the_edges_of_the_shapes_render_cycle_and_an_acyclic_util() -> None:
    check_corpus(
        "module_cycle",
        edges_from=("crate", "shapes", "render", "render::svg", "stats", "util"),
        edges="""
        use -> shapes::Circle (use src/lib.rs:17)
        render::render_all -> render::svg::document (path src/render/mod.rs:11)
        render::render_all -> render::svg::draw (path src/render/mod.rs:10)
        render::render_all -> shapes::Circle (type src/render/mod.rs:9)
        render::use -> shapes::Circle (use src/render/mod.rs:6)
        render::svg::draw -> shapes::Circle (field src/render/svg.rs:6, type src/render/svg.rs:5)
        render::svg::draw_rect -> shapes::Rect (field src/render/svg.rs:12, type src/render/svg.rs:9)
        render::svg::use -> shapes::Circle (use src/render/svg.rs:3)
        render::svg::use -> shapes::Rect (use src/render/svg.rs:3)
        shapes::impl Circle -> render::svg::draw (path src/shapes.rs:23)
        shapes::impl Rect -> render::svg::draw_rect (path src/shapes.rs:55)
        shapes::use -> render::svg (use src/shapes.rs:4)
        stats::mean -> util::sum (path src/stats.rs:10)
        stats::use -> util (use src/stats.rs:4)
        stats::variance -> util::square (path src/stats.rs:16)
        """,
    )


def test_trait_impl_orphan_rule_links_every_impl_to_its_trait_and_types() -> None:
    check_corpus(
        "trait_impl_orphan_rule",
        also_edges="""
        impls::area::impl Area for Square -> traits::Area (impl src/impls/area.rs:5)
        impls::area::impl Area for Vec<Square> -> traits::Area (impl src/impls/area.rs:13, path src/impls/area.rs:15)
        impls::area::impl Area for Vec<Square> -> types::Square (type src/impls/area.rs:13)
        display::impl fmt::Display for Square -> types::Square (field src/display.rs:11, impl src/display.rs:9)
        impls::conversions::impl From<Square> for String -> types::Square (field src/impls/conversions.rs:7, type src/impls/conversions.rs:5, type src/impls/conversions.rs:6)
        blanket::impl Describe for T -> traits::Describe (impl src/blanket.rs:6)
        blanket::impl Describe for T -> traits::Named (method src/blanket.rs:8, type src/blanket.rs:6)
        """,
    )


def test_glob_reexports_resolves_the_chain_the_renames_and_the_shadowed_globs() -> None:
    check_corpus(
        "glob_reexports",
        edges_from=("crate", "mid", "a", "consumer", "trees"),
        edges="""
        use -> a::c::Deep (use src/lib.rs:23)
        a::use -> a::c::Deep (use src/a/mod.rs:5)
        consumer::run -> a::b::B_LIMIT (path src/consumer.rs:16)
        consumer::run -> a::b::Widget (field src/consumer.rs:18)
        consumer::run -> a::b::make_widget (path src/consumer.rs:16)
        consumer::run -> e::Widget (field src/consumer.rs:18, type src/consumer.rs:17)
        consumer::run -> e::e_only (path src/consumer.rs:18)
        consumer::use -> a::b (use src/consumer.rs:5)
        consumer::use -> e (use src/consumer.rs:6)
        consumer::use -> e::Widget (use src/consumer.rs:7)
        mid::deepen -> a::c::Deep (field src/mid.rs:6, path src/mid.rs:6, type src/mid.rs:5)
        mid::use -> a::c::Deep (use src/mid.rs:3)
        trees::tree_demo -> a::b::B_LIMIT (path src/trees.rs:9)
        trees::tree_demo -> a::b::helper (path src/trees.rs:10)
        trees::tree_demo -> a::c::D (path src/trees.rs:9)
        trees::tree_demo -> e::helper (path src/trees.rs:10)
        trees::use -> e (use src/trees.rs:5)
        trees::use -> a::b (use src/trees.rs:4)
        trees::use -> a::c::D (use src/trees.rs:4)
        """,
        also_edges="""
        consumer::run -> consumer::helper (path src/consumer.rs:18)
        renames::use -> a::c (use src/renames.rs:6)
        renames::index -> a::c::Deep (field src/renames.rs:21, path src/renames.rs:21)
        renames::index -> a::c::D (path src/renames.rs:20)
        renames::named -> e::Widget (type src/renames.rs:14, type src/renames.rs:15)
        colors::impl Color -> colors::Color (impl src/colors.rs:20, path src/colors.rs:23, path src/colors.rs:24, path src/colors.rs:25, path src/colors.rs:26)
        colors::shade_of -> colors::Shade (path src/colors.rs:39, path src/colors.rs:40, path src/colors.rs:41, type src/colors.rs:36, use src/colors.rs:37)
        """,
    )


def test_cfg_test_modules_keeps_test_code_and_both_cfg_twins() -> None:
    check_corpus(
        "cfg_test_modules",
        also_edges="""
        extra::shout_path -> platform::join (path src/extra.rs:15)
        platform::join -> platform::separator (token src/platform/mod.rs:15)
        platform::join -> platform::separator#2 (token src/platform/mod.rs:15)
        tests::all_sample_lines_parse -> sample_lines (path src/tests.rs:13)
        parser::tests::trims_whitespace -> sample_lines (path src/parser.rs:21)
        tests::use -> crate (use src/tests.rs:3)
        """,
    )


def test_macro_scoping_resolves_textual_path_based_and_exported_macros() -> None:
    check_corpus(
        "macro_scoping",
        edges_from=("early", "geometry", "late", "registry", "units", "macros"),
        edges="""
        early::early_clamp -> macros::clamp_to (macro src/early.rs:8)
        early::early_clamp_f -> macros::clamp_to (macro src/early.rs:12)
        early::use -> macros::clamp_to (use src/early.rs:5)
        geometry::point_struct! -> macros::point_struct (macro src/geometry.rs:5)
        geometry::point_struct!#2 -> macros::point_struct (macro src/geometry.rs:6)
        geometry::square_area -> macros::square (macro src/geometry.rs:9)
        late::sextuple -> twice (macro src/late.rs:5)
        macros::meters -> units::length::Meters (token src/macros.rs:54)
        registry::bounded_lengths -> macros::clamp_to (token src/registry.rs:8)
        registry::bounded_lengths -> macros::meters (macro src/registry.rs:8)
        registry::bounded_lengths -> units::length::Meters (expansion src/registry.rs:8, type src/registry.rs:7)
        registry::use -> units::length::Meters (use src/registry.rs:5)
        units::total -> macros::meters (macro src/units/mod.rs:5)
        units::total -> units::length::Meters (expansion src/units/mod.rs:5, type src/units/mod.rs:4)
        """,
        also_edges="""
        macros::point_struct -> macros::square (token src/macros.rs:26)
        geometry::lift -> geometry::point_struct! (type src/geometry.rs:12)
        geometry::lift -> geometry::point_struct!#2 (path src/geometry.rs:13, type src/geometry.rs:12)
        quadruple -> twice (macro src/lib.rs:39, token src/lib.rs:39)
        """,
    )


def test_path_attr_and_include_finds_every_module_file_and_included_item() -> None:
    check_corpus(
        "path_attr_and_include",
        edges_from=("crate", "imp", "outer::inner", "outer::deep", "plain"),
        edges="""
        use -> imp::Engine (use src/lib.rs:44)
        use -> plain::target::Greeting (use src/lib.rs:45)
        imp::impl Engine -> SEED (path src/other_dir/impl_file.rs:19)
        imp::impl Engine -> imp::support::rotate (path src/other_dir/impl_file.rs:20)
        outer::inner::checksum -> SEED (path src/lib.rs:28)
        outer::inner::checksum -> outer::deep::fold (path src/lib.rs:28)
        plain::use -> plain::target::Greeting (use src/plain.rs:8)
        """,
        also_edges="""
        outer::deep::fold -> outer::deep::DEEP_PRIME (path src/outer/deep.rs:9)
        lookup -> generated_table (path src/generated.rs:15)
        """,
    )


def test_edition2015_paths_resolves_crate_relative_uses_and_extern_crate_aliases() -> None:
    check_corpus(
        "edition2015_paths",
        # FIXME: tree-sitter parses Rust 2018, where `try` is a keyword, so
        # `try * try` in this 2015 crate is a syntax error to it; the item
        # `util::async` is still found and referenced.
        problems="""
        warning[syntax] src/util.rs:11: syntax the parser did not understand: try * try
        """,
        edges_from=("crate", "report", "shapes", "shapes::square"),
        edges="""
        use -> report::summary (use src/lib.rs:22)
        report::absolute_forms -> banner (path src/report.rs:31)
        report::absolute_forms -> shapes::perimeter (path src/report.rs:31)
        report::absolute_forms -> shapes::square::Square (path src/report.rs:28)
        report::summary -> shapes::square::Square (field src/report.rs:19, type src/report.rs:14)
        report::summary -> shapes::square::impl Square (method src/report.rs:20)
        report::summary -> util::double (token src/report.rs:21)
        report::use -> shapes::square::Square (use src/report.rs:11)
        report::use -> util (use src/report.rs:12)
        shapes::perimeter -> shapes::square::Square (field src/shapes/mod.rs:11, type src/shapes/mod.rs:10)
        shapes::perimeter -> util::double (path src/shapes/mod.rs:11)
        shapes::use -> shapes::square::Square (use src/shapes/mod.rs:5)
        shapes::use -> util::double (use src/shapes/mod.rs:8)
        shapes::square::impl Square -> util::async (path src/shapes/square.rs:22)
        """,
    )


def test_renamed_deps_maps_code_names_to_packages() -> None:
    check_corpus(
        "renamed_deps",
        # `unix_extras` is the `[lib] name` of the dependency
        # `renamed_deps_unix`, read from that path dependency's manifest.
        problems="",
        also_edges="""
        sys::is_hidden -> sys::unix::is_hidden (path src/sys/mod.rs:15)
        sys::is_hidden -> sys::fallback::is_hidden (path src/sys/mod.rs:15)
        format::bracket_visible -> sys::is_hidden (path src/format.rs:15)
        """,
        manifest="""
        package renamed_deps 0.1.0 edition 2021 crate renamed_deps
        lib renamed_deps src/lib.rs
        test integration tests/integration.rs
        dependency helper_renamed = renamed_deps_helper (normal, path ../renamed_deps_helper)
        dependency unix_extras = renamed_deps_unix (normal, cfg(unix), path ../renamed_deps_unix)
        dependency renamed_deps_testkit (dev, path ../renamed_deps_testkit)
        """,
    )


def test_workspace_member_core_lib_inherits_from_its_workspace() -> None:
    check_corpus(
        "workspace_member/core_lib",
        also_edges="""
        use -> model::TodoList (use src/lib.rs:12)
        render::render -> render::mark (token src/render.rs:26)
        render::render -> render::mark#2 (token src/render.rs:26)
        """,
        manifest="""
        package core_lib 0.1.0 edition 2021 crate core_lib
        lib core_lib src/lib.rs
        feature pretty = []
        """,
    )


def test_workspace_member_app_uses_core_lib_as_an_inherited_path_dependency() -> None:
    check_corpus(
        "workspace_member/app",
        also_edges="""
        use -> commands::run (use src/lib.rs:9)
        """,
        manifest="""
        package app 0.1.0 edition 2021 crate app
        lib app src/lib.rs
        bin app src/main.rs
        dependency core_lib (normal, path core_lib, features pretty, workspace)
        """,
    )


def test_shadowing_and_locals_finds_only_the_real_item_references() -> None:
    check_corpus(
        "shadowing_and_locals",
        edges_from=("logic",),
        edges="""
        logic::capped_total -> config::Config (field src/logic.rs:51, type src/logic.rs:48)
        logic::capped_total -> types::limit (path src/logic.rs:53)
        logic::classify -> config::Config (path src/logic.rs:31)
        logic::classify -> limits::MAX (path src/logic.rs:32, path src/logic.rs:33)
        logic::classify -> limits::MIN (path src/logic.rs:30)
        logic::classify -> limits::ZERO (path src/logic.rs:29)
        logic::doubled_limits -> limits::MAX (token src/logic.rs:22)
        logic::doubled_limits -> types::limit (token src/logic.rs:22)
        logic::effective_level -> config::Config (field src/logic.rs:11)
        logic::effective_level -> config::config (path src/logic.rs:10)
        logic::exclaim -> config::Config (path src/logic.rs:82, type src/logic.rs:81, type src/logic.rs:83)
        logic::first_name -> config::Config (field src/logic.rs:41, type src/logic.rs:39)
        logic::first_name -> config::config (path src/logic.rs:43)
        logic::make_t -> types::t::T (type src/logic.rs:62, type src/logic.rs:63)
        logic::names -> traits::Named (method src/logic.rs:101, type src/logic.rs:99)
        logic::namespaces -> limits::MAX (path src/logic.rs:68, path src/logic.rs:69)
        logic::namespaces -> limits::MIN (path src/logic.rs:68)
        logic::plain_value -> types::value (path src/logic.rs:106)
        logic::use -> config::Config (use src/logic.rs:3)
        logic::use -> config::config (use src/logic.rs:3)
        logic::use -> limits (use src/logic.rs:4)
        logic::use -> limits::MAX (use src/logic.rs:4)
        logic::use -> limits::MIN (use src/logic.rs:4)
        logic::use -> traits::Named (use src/logic.rs:5)
        logic::use -> traits::Scale (use src/logic.rs:5)
        logic::use -> traits::scale (use src/logic.rs:5)
        logic::use -> types::limit (use src/logic.rs:6)
        logic::use -> types::value (use src/logic.rs:6)
        logic::use -> types::t::T (use src/logic.rs:6)
        logic::weight -> traits::Named (method src/logic.rs:92, type src/logic.rs:91)
        logic::weight -> traits::Scale (method src/logic.rs:92, type src/logic.rs:91)
        logic::weight -> traits::scale (path src/logic.rs:92)
        """,
    )


def test_sealed_trait_links_the_trait_its_supertrait_and_restricted_items() -> None:
    check_corpus(
        "sealed_trait",
        also_edges="""
        Public -> private::Sealed (type src/lib.rs:33)
        private::impl Sealed for crate::a::Alpha -> a::Alpha (impl src/lib.rs:25)
        private::impl Sealed for crate::b::Beta -> b::Beta (impl src/lib.rs:26)
        a::impl Alpha -> a::inner::scale (path src/a/mod.rs:15)
        a::sibling::token_weight -> a::inner::scale (path src/a/sibling.rs:12)
        a::sibling::token_weight -> a::inner::Token (field src/a/sibling.rs:12, path src/a/sibling.rs:12)
        b::impl Public for Beta -> a::inner::LIMIT (path src/b.rs:18)
        b::combined -> a::Alpha (field src/b.rs:24, type src/b.rs:23)
        pair_sum -> b::combined (path src/lib.rs:43)
        """,
    )


def test_feature_deps_reads_optional_dependencies_and_every_feature_form() -> None:
    check_corpus(
        "feature_deps",
        manifest="""
        package feature_deps 0.1.0 edition 2021 crate feature_deps
        lib feature_deps src/lib.rs
        test features tests/features.rs
        dependency fdep_core = feature_deps_core (normal, path ../feature_deps_core)
        dependency feature_deps_alt (normal, path ../feature_deps_alt, optional)
        dependency feature_deps_opt (normal, path ../feature_deps_opt, optional)
        feature alt = [dep:feature_deps_alt]
        feature default = [std]
        feature extra = [feature_deps_opt?/extra]
        feature full = [std, alt, extra]
        feature std = [fdep-core/std, feature_deps_opt]
        feature verbose = []
        """,
    )


def test_std_facade_module_resolves_paths_through_the_lib_module_to_std() -> None:
    check_corpus("std_facade_module")
    model = analyze_crate(load_source_tree(CORPORA / "std_facade_module"))
    assert sorted(model.replicated_modules) == [("lib",)]
    through_lib = [r for r in model.references if r.text.startswith("crate::lib::") and r.text != "crate::lib::*"]
    assert through_lib and all(r.external == "std" for r in through_lib)
    glob = next(r for r in model.references if r.text == "crate::lib::*")
    assert glob.target is not None and model.is_replicated(glob.target)


def test_reexport_chains_resolve_through_every_reexport_to_the_defining_module() -> None:
    check_corpus(
        "reexport_chains",
        also_edges="""
        api::use -> engine::inner::Gear (use src/api.rs:3)
        api::use -> engine::inner::TORQUE (use src/api.rs:3)
        api::use -> engine::inner::Gear (use src/api.rs:4)
        api::use -> parts::Bolt (use src/api.rs:5)
        engine::run -> engine::inner::spin (path src/engine/mod.rs:13)
        """,
    )


def test_test_private_fields_links_field_reads_inside_macro_arguments() -> None:
    check_corpus(
        "test_private_fields",
        edges_from=("store::index::tests",),
        edges="""
        store::index::tests::reads_the_private_fields_of_a_root_struct -> Settings (field src/store/index.rs:72, field src/store/index.rs:73, path src/store/index.rs:71)
        store::index::tests::reads_the_private_fields_of_a_root_struct -> store::index::Index (token src/store/index.rs:74)
        store::index::tests::reads_the_private_fields_of_a_root_struct -> store::index::impl Index (method src/store/index.rs:74)
        store::index::tests::reads_the_pub_super_and_pub_crate_fields_of_a_record -> store::index::Index (path src/store/index.rs:62)
        store::index::tests::reads_the_pub_super_and_pub_crate_fields_of_a_record -> store::index::impl Index (method src/store/index.rs:63, method src/store/index.rs:64)
        store::index::tests::reads_the_pub_super_and_pub_crate_fields_of_a_record -> store::record::Record (field src/store/index.rs:65, field src/store/index.rs:66, path src/store/index.rs:63)
        store::index::tests::use -> store::index (use src/store/index.rs:58)
        """,
    )


def test_name_clashes_tells_the_module_the_macro_and_the_function_record_apart() -> None:
    check_corpus(
        "name_clashes",
        also_edges="""
        record -> record::Entry (type src/lib.rs:40, type src/lib.rs:41)
        report::total -> record (path src/report.rs:13)
        shapes::square_area -> square (macro src/shapes.rs:5)
        """,
    )


def test_attribute_positions_links_the_raw_module_name_and_the_extern_block() -> None:
    check_corpus(
        "attribute_positions",
        also_edges="""
        checks::describe -> type::Kind (type src/checks.rs:8)
        checks::wide -> ffi::extern (path src/checks.rs:20)
        """,
    )


def test_helper_crates_of_other_corpora_analyse_cleanly() -> None:
    helpers = ("edition2015_helper", "feature_deps_alt", "feature_deps_core", "feature_deps_opt")
    for helper in (
        *helpers,
        "location_observers_helper",
        "renamed_deps_helper",
        "renamed_deps_testkit",
        "renamed_deps_unix",
    ):
        check_corpus(helper)


def test_crate_identity_has_no_edge_between_tags_and_registry_only_through_the_root_tests() -> None:
    # The two modules agree at run time (Location::caller().file()), which
    # no reference shows: only the root's tests name both.
    check_corpus(
        "crate_identity",
        edges_from=("registry", "tags", "tests"),
        edges="""
        tests::tags_and_the_registry_live_in_the_same_directory -> registry::Registry (token src/lib.rs:37)
        tests::tags_and_the_registry_live_in_the_same_directory -> registry::impl Registry (method src/lib.rs:37)
        tests::tags_and_the_registry_live_in_the_same_directory -> tags::impl Tag (method src/lib.rs:37)
        tests::tags_and_the_registry_live_in_the_same_directory -> tags::make (token src/lib.rs:37)
        tests::the_registry_accepts_tags_made_by_this_crate -> registry::Registry (path src/lib.rs:27)
        tests::the_registry_accepts_tags_made_by_this_crate -> registry::impl Registry (method src/lib.rs:30, method src/lib.rs:32)
        tests::the_registry_accepts_tags_made_by_this_crate -> tags::impl Tag (method src/lib.rs:30)
        tests::the_registry_accepts_tags_made_by_this_crate -> tags::make (path src/lib.rs:29)
        tests::use -> crate (use src/lib.rs:23)
        """,
    )


def test_cfg_path_modules_links_to_the_module_whatever_file_the_cfg_picks() -> None:
    check_corpus(
        "cfg_path_modules",
        edges_from=("tools",),
        edges="""
        tools::family -> os::family (path src/tools.rs:11)
        tools::family -> sys::family (path src/tools.rs:11)
        tools::joined -> sys::separator (path src/tools.rs:5)
        """,
    )


def test_macro_modules_finds_the_modules_declared_in_macro_calls() -> None:
    check_corpus(
        "macro_modules",
        edges_from=("report",),
        edges="""
        report::describe -> counter::Counter (type src/report.rs:7)
        report::describe -> counter::impl Counter (method src/report.rs:8)
        report::describe -> platform::unix::NAME (token src/report.rs:8)
        report::describe -> shapes::Shape (type src/report.rs:7)
        report::describe -> shapes::impl Shape (method src/report.rs:8)
        report::use -> counter::Counter (use src/report.rs:3)
        report::use -> shapes::Shape (use src/report.rs:4)
        """,
    )


def test_include_targets_reads_files_and_build_script_output() -> None:
    # The constant comes from the build script's OUT_DIR file, which the
    # analysis cannot read.
    check_corpus(
        "include_targets",
        problems="""
        info[unresolved] src/generated.rs:7: unresolved path path BUILD_ANSWER
        """,
        edges_from=("summary",),
        edges="""
        summary::line -> binary::magic (token src/summary.rs:5)
        summary::line -> generated::answer (token src/summary.rs:5)
        summary::line -> text::count (token src/summary.rs:5)
        """,
    )
