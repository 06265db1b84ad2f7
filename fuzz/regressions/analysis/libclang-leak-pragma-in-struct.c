struct G {
#pragma alloc_text(PAGE, f)
};
