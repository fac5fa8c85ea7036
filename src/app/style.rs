//! Colours and shapes by kind.

use egui::Color32;

use crate::model::{EntityKind, RelationKind};

pub fn kind_color(kind: EntityKind) -> Color32 {
    let [r, g, b] = kind.rgb();
    Color32::from_rgb(r, g, b)
}

/// Polygon corners for a kind's shape (0 = circle).
pub fn kind_corners(kind: EntityKind) -> usize {
    match kind {
        EntityKind::Person => 0,
        EntityKind::Agency => 4,
        EntityKind::Group => 104, // a diamond: four corners turned 45 degrees
        EntityKind::Country => 6,
        EntityKind::Organization => 3,
        EntityKind::Place => 5,
        EntityKind::Media => 8,
    }
}

pub fn relation_color(kind: RelationKind) -> Color32 {
    match kind {
        RelationKind::Capture => Color32::from_rgb(0xd6, 0x27, 0x28),
        RelationKind::Handover => Color32::from_rgb(0xff, 0x7f, 0x0e),
        RelationKind::Interrogation => Color32::from_rgb(0x8c, 0x56, 0x4b),
        RelationKind::Cooperation => Color32::from_rgb(0x2c, 0xa0, 0x2c),
        RelationKind::Support => Color32::from_rgb(0x17, 0xbe, 0xcf),
        RelationKind::Surveillance => Color32::from_rgb(0x94, 0x67, 0xbd),
        RelationKind::Membership => Color32::from_rgb(0x7f, 0x7f, 0x7f),
        RelationKind::Association => Color32::from_rgb(0xbc, 0xbd, 0x22),
        RelationKind::Attack => Color32::from_rgb(0xe3, 0x77, 0xc2),
        RelationKind::Escape => Color32::from_rgb(0x1f, 0x77, 0xb4),
        RelationKind::Release => Color32::from_rgb(0x98, 0xdf, 0x8a),
    }
}
