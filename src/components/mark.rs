//! The portal's mark: an eight-pointed star, as on the national flag. Decorative only; the
//! service name beside it carries the meaning.

use leptos::prelude::*;

#[component]
pub fn Mark() -> impl IntoView {
    view! {
        <svg class="mark" viewBox="0 0 40 40" width="40" height="40" aria-hidden="true" focusable="false">
            <rect x="8" y="8" width="24" height="24" rx="2" />
            <rect x="8" y="8" width="24" height="24" rx="2" transform="rotate(45 20 20)" />
            <circle cx="20" cy="20" r="6" class="mark-core" />
        </svg>
    }
}
