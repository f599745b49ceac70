//! The CLDR country names the portal serves (`/cldr/countries-<lang>.json`), fetched once per
//! language and page however many widgets ask: they would cost the bundle more than all the
//! widgets' code.

use crate::Widget;
use crate::net::request;
use migrationto_browser::{countries_url, read_countries};
use migrationto_core::Lang;
use std::cell::RefCell;
use std::rc::Rc;

pub type Countries = Rc<Vec<(String, String)>>;

thread_local! {
    static LOADED: RefCell<Vec<(Lang, Countries)>> = const { RefCell::new(Vec::new()) };
}

/// The countries (code, name) in the widget's language, in that language's order.
pub async fn load(w: &Widget) -> Result<Countries, ()> {
    if let Some(found) = LOADED.with(|l| l.borrow().iter().find(|(lang, _)| *lang == w.lang).map(|(_, c)| c.clone())) {
        return Ok(found);
    }
    let reply = request(&countries_url(&w.portal, w.lang), None).await.map_err(|_| ())?;
    if reply.status != 200 {
        return Err(());
    }
    let list = read_countries(&reply.body).ok_or(())?;
    let list = Rc::new(list);
    LOADED.with(|l| l.borrow_mut().push((w.lang, list.clone())));
    Ok(list)
}
